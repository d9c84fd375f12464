package se.syfte;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Service;

@AnalyzeClasses(packages = "se.syfte", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /**
     * SPEC §3 reads as plain Java: the rules at the roots of analytics' figures and of coaching know
     * no framework, database, spreadsheet library or other part of Syfte; their db/ and figures/
     * adapters are outside this rule.
     */
    @ArchTest
    static final ArchRule analyticsRulesArePlainJava = classes()
            .that()
            .resideInAnyPackage("se.syfte.analytics.*", "se.syfte.coaching")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "se.syfte.analytics.*", "se.syfte.coaching");

    /** The domain's records and rules know no adapters; a feature's service is its use case and may use its db/. */
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
            .and()
            .areNotAnnotatedWith(Service.class)
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

    /** Features depend on each other one way only, so that each can be read, tested and changed alone. */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching("se.syfte.(*)..").should().beFreeOfCycles();
}
