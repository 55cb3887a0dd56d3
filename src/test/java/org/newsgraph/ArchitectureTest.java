package org.newsgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The lines the packages must hold: the pipeline flows one way, and jsoup, CoreNLP and printing stay in their place. */
class ArchitectureTest {
    /** The stages in pipeline order; each may use only those before it (the root package is the front door). */
    static final List<String> STAGES = List.of("org.newsgraph.error..", "org.newsgraph.source..", "org.newsgraph.extract..",
            "org.newsgraph.resolve..", "org.newsgraph.vocab..", "org.newsgraph.graph..", "org.newsgraph.store..",
            "org.newsgraph", "org.newsgraph.eval..", "org.newsgraph.bench..", "org.newsgraph.cli..");

    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsgraph");
        org.junit.jupiter.api.Assertions.assertTrue(classes.contain(NewsGraph.class) && classes.size() > 30,
                "the importer must see the main classes, saw " + classes.size());
    }

    @Test
    void onlySourceHtmlUsesJsoup() {
        noClasses().that().resideOutsideOfPackage("org.newsgraph.source.html..")
                .should().dependOnClassesThat().resideInAPackage("org.jsoup..")
                .because("jsoup types never leave source.html").check(classes);
    }

    @Test
    void onlyExtractCorenlpUsesCoreNlp() {
        noClasses().that().resideOutsideOfPackage("org.newsgraph.extract.corenlp..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
                .because("CoreNLP types never leave extract.corenlp").check(classes);
    }

    @Test
    void nothingOutsideTheCliUsesIt() {
        noClasses().that().resideOutsideOfPackage("org.newsgraph.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.newsgraph.cli..").check(classes);
    }

    @Test
    void noStageUsesALaterOne() {
        for (int i = 0; i < STAGES.size() - 1; i++) {
            String[] later = STAGES.subList(i + 1, STAGES.size()).toArray(String[]::new);
            noClasses().that().resideInAPackage(STAGES.get(i))
                    .should().dependOnClassesThat().resideInAnyPackage(later)
                    .because(STAGES.get(i) + " comes before " + Arrays.toString(later) + " in the pipeline")
                    .check(classes);
        }
    }

    @Test
    void onlyTheCliPrintsOrExits() {
        noClasses().that().resideOutsideOfPackage("org.newsgraph.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("library code returns values or throws; the CLI prints").check(classes);
    }
}
