package se.markdna.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of DESIGN.md point one way: ui → service → domain ← persistence, io beside persistence. */
@AnalyzeClasses(packages = "se.markdna",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestClassesAnywhere.class})
class ArchitectureTest {

    /**
     * DoNotIncludeTests only knows the default folders (target/test-classes); builds here use other
     * output folders (-Dbuild.dir=target-xyz), whose test classes must be left out too.
     */
    public static final class NoTestClassesAnywhere implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule domainKnowsNoFrameworksAndNoOuterLayer = noClasses()
            .that().resideInAPackage("se.markdna.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                    "org.apache.poi..", "se.markdna.persistence..", "se.markdna.service..", "se.markdna.io..",
                    "se.markdna.ui..", "se.markdna.app..", "se.markdna.cli..")
            .because("the domain knows nothing of JavaFX, SQL or POI (DESIGN.md)");

    @ArchTest
    static final ArchRule onlyIoUsesPoi = noClasses()
            .that().resideOutsideOfPackage("se.markdna.io..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
            .because("io is the only package that imports POI");

    @ArchTest
    static final ArchRule uiNeverUsesPersistence = noClasses()
            .that().resideInAPackage("se.markdna.ui..")
            .should().dependOnClassesThat().resideInAPackage("se.markdna.persistence..")
            .allowEmptyShould(true)
            .because("views go through services");

    @ArchTest
    static final ArchRule persistenceKnowsNoUiOrServices = noClasses()
            .that().resideInAPackage("se.markdna.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "se.markdna.service..", "se.markdna.ui..");

    @ArchTest
    static final ArchRule servicesKnowNoJavaFx = noClasses()
            .that().resideInAPackage("se.markdna.service..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");
}
