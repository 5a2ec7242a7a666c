package fr.poleess.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;

/**
 * Makes the engine REST API and the webapps of a Spring test context talk to that context's engine.
 * <p>
 * Both look the engine up by name in the JVM-wide {@link ProcessEngines} registry, where two things
 * go wrong in a test JVM: the Spring-free process tests register their own H2 engine under the same
 * name {@code default}, and a lookup before initialisation builds a new engine from any
 * {@code camunda.cfg.xml} on the test classpath (theirs). Neither happens in the application.
 */
public final class SpringProcessEngineRegistration extends ProcessEngines {

    private SpringProcessEngineRegistration() {
    }

    public static synchronized void use(ProcessEngine engine) {
        // Nothing left to discover: the Spring context built the engine.
        isInitialized = true;
        if (ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
            ProcessEngines.registerProcessEngine(engine);
        }
    }
}
