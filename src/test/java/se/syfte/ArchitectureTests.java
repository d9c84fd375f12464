package se.syfte;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "se.syfte", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** SPEC §3 reads as plain Java: the rules know no framework, database or spreadsheet library. */
    @ArchTest
    static final ArchRule analyticsRulesArePlainJava = classes()
            .that()
            .resideInAnyPackage("se.syfte.analytics..", "se.syfte.coaching..")
            .and()
            .resideOutsideOfPackages("..db..", "..web..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java..",
                    "se.syfte.analytics..",
                    "se.syfte.coaching..",
                    "se.syfte.purposes",
                    "se.syfte.organisation");

    @ArchTest
    static final ArchRule domainRootsKnowNoAdapters = noClasses()
            .that()
            .resideInAnyPackage(
                    "se.syfte.customers",
                    "se.syfte.purposes",
                    "se.syfte.visits",
                    "se.syfte.deals",
                    "se.syfte.orders",
                    "se.syfte.targets")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "java.sql..", "..db..", "..web..");

    @ArchTest
    static final ArchRule onlyDbAdaptersTalkToTheDatabase = noClasses()
            .that()
            .resideOutsideOfPackages("..db..", "se.syfte.database..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..", "java.sql..");
}
