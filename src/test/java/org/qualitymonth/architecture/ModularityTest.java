package org.qualitymonth.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qualitymonth.QualityMonthApplication;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(QualityMonthApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyCapabilityIsItsOwnModule() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("shared", "platform", "organization", "campaign", "portal");
    }

    @Test
    void writesModuleDocumentation() throws java.io.IOException {
        Documenter documenter = new Documenter(modules);
        documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        java.nio.file.Path overview = java.nio.file.Path.of("target/spring-modulith-docs", "components.puml");
        assertThat(java.nio.file.Files.readString(overview)).contains("Activity plans").contains("Progress supervision").contains("Notifications").contains("listens to");
    }
}
