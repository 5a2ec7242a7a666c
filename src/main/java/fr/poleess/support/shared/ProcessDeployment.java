package fr.poleess.support.shared;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/} (BPMN, DMN) and {@code forms/} (Camunda Forms) as one deployment with
 * stable resource names ({@code forms/reception.form}), the same in the IDE, in tests and in the jar.
 * The starter's auto-deployment would skip {@code .form} files and name resources after absolute paths.
 * Everything goes in one deployment because tasks bind their forms with
 * {@code formRefBinding="deployment"}: a new BPMN version always comes with the forms it was tested with.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProcessDeployment implements ApplicationRunner {

    static final String NAME = "parcours-creation";
    private static final Logger LOG = LoggerFactory.getLogger(ProcessDeployment.class);
    private static final List<String> FOLDERS = List.of("processes", "forms");

    private final RepositoryService repositoryService;

    ProcessDeployment(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(NAME)
                .source(NAME)
                // Filters duplicates; when anything changed, redeploys every resource (not only the changed ones).
                .enableDuplicateFiltering(false);
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String folder : FOLDERS) {
            for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*.*")) {
                String url = resource.getURL().toString();
                String name = url.substring(url.lastIndexOf("/" + folder + "/") + 1);
                if (name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form")) {
                    try (InputStream in = resource.getInputStream()) {
                        builder.addInputStream(name, in);
                    }
                }
            }
        }
        if (!builder.getResourceNames().isEmpty()) {
            var deployment = builder.deployWithResult();
            LOG.info("Deployment {} holds {} resources, {} process definitions", deployment.getId(),
                    builder.getResourceNames().size(), deployment.getDeployedProcessDefinitions() == null ? 0
                            : deployment.getDeployedProcessDefinitions().size());
        }
    }
}
