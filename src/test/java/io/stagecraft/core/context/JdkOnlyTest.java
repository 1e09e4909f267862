package io.stagecraft.core.context;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;

/** The build context belongs to the core layer, which may use the JDK only. */
class JdkOnlyTest {

    @Test
    void dependsOnTheJdkOnly() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.stagecraft.core.context");

        ArchRuleDefinition.classes()
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.stagecraft.core.context..")
                .check(classes);
    }
}
