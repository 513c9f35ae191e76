package org.qualitymonth.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The conventions of docs/architecture.md that the module check does not cover. */
class ConventionsTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.qualitymonth");

    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic().check(classes);
    }

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(Autowired.class).check(classes);
    }

    @Test
    void domainDoesNotKnowTheWeb() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAPackage("..web..").check(classes);
    }

    @Test
    void noServiceInterfaceImplPairs() {
        noClasses().should().haveSimpleNameEndingWith("ServiceImpl").check(classes);
    }

    @Test
    void noConsoleOutput() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err").check(classes);
    }
}
