package se.syfte;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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

    /**
     * A page or API reads and writes another feature's data through that feature's services and
     * records, never its repositories, so that each feature owns its tables.
     */
    @ArchTest
    static final ArchRule pagesUseOnlyTheirOwnFeaturesRepositories = classes()
            .that()
            .resideInAPackage("se.syfte..web..")
            .should(new ArchCondition<JavaClass>("use no other feature's db/") {
                @Override
                public void check(JavaClass page, ConditionEvents events) {
                    String feature = feature(page.getPackageName());
                    page.getDirectDependenciesFromSelf().stream()
                            .map(dependency -> dependency.getTargetClass())
                            .filter(target -> target.getPackageName().matches("se\\.syfte\\..*\\.db(\\..*)?"))
                            .filter(target -> !feature(target.getPackageName()).equals(feature))
                            .distinct()
                            .forEach(target -> events.add(
                                    SimpleConditionEvent.violated(page, page.getName() + " uses " + target.getName())));
                }
            });

    /** The top-level package under se.syfte that a package belongs to. */
    private static String feature(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }
}
