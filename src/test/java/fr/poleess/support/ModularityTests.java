package fr.poleess.support;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The top-level packages are modules: no cycles between them, none reaches into another's
 * {@code internal} package, and each uses only the modules its {@code package-info.java} allows
 * ({@code @ApplicationModule(allowedDependencies = …)}). The second test writes the module diagram, one
 * diagram per module and the module canvases into {@code docs/modules/}, so that they stay true: a change
 * of the module graph shows in the diff of the commit that makes it.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(SupportApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation();
    }
}
