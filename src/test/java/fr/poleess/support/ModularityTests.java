package fr.poleess.support;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The top-level packages are modules: no cycles between them, and none reaches into another's
 * {@code internal} package. The second test writes the module diagrams into target/spring-modulith-docs.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(SupportApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
