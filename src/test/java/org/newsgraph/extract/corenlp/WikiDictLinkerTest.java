package org.newsgraph.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.error.NewsGraphException;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

/**
 * The compact WikiDict index and the linker over it: lookups on a small dictionary of our own and the
 * linker's rules on hand-made mentions. {@link WikiDictLinkerAgainstCoreNlp} compares its links with CoreNLP's own
 * {@code WikidictAnnotator} (outside the default test run: that annotator takes 3 GB of heap).
 */
class WikiDictLinkerTest {
    private static final String DICTIONARY = """
            Nordvik Industries\tNordvik_Industries\t0.91
            Nordvik\tNordvik_Industries\t0.40
            NVI\tNordvik_Industries\t0.12
            \tA_line_that_starts_with_a_tab\t1.0
            Nordvik\tNordvik_(village)\t0.55
            Ærøskøbing\tÆrøskøbing\t1.0
            東京\tTokyo\t0.8
            """;

    @TempDir
    Path dir;

    private WikiDictIndex index(String tsv, int buckets) throws IOException {
        Path file = dir.resolve("index-" + buckets);
        new WikiDictIndexWriter(buckets).write(new BufferedReader(new StringReader(tsv)), file);
        return WikiDictIndex.open(file);
    }

    @Test
    void looksUpExactFormsAndALaterListingWins() throws IOException {
        WikiDictIndex index = index(DICTIONARY, 64);
        assertEquals(Optional.of("Nordvik_Industries"), index.get("Nordvik Industries"));
        assertEquals(Optional.of("Nordvik_Industries"), index.get("NVI"));
        assertEquals(Optional.of("Nordvik_(village)"), index.get("Nordvik"), "CoreNLP's HashMap keeps the last line for a form");
        assertEquals(Optional.of("Ærøskøbing"), index.get("Ærøskøbing"));
        assertEquals(Optional.of("Tokyo"), index.get("東京"));
        assertEquals(Optional.empty(), index.get("nordvik"), "case-sensitive, as CoreNLP's default");
        assertEquals(Optional.empty(), index.get("Nordvik Industries "));
        assertEquals(Optional.empty(), index.get(""), "a line starting with a tab is skipped");
        assertEquals(6, index.entryCount());
    }

    @Test
    void everyOneOfManyFormsIsFoundWhateverItsBucket() throws IOException {
        StringBuilder tsv = new StringBuilder();
        for (int page = 0; page < 700; page++)
            for (int form = 0; form < 1 + page % 4; form++)
                tsv.append("form ").append(page).append('-').append(form).append('\t').append("Page_").append(page).append("\t0.5\n");
        WikiDictIndex index = index(tsv.toString(), 128);
        for (int page = 0; page < 700; page++)
            for (int form = 0; form < 1 + page % 4; form++)
                assertEquals(Optional.of("Page_" + page), index.get("form " + page + "-" + form));
        assertEquals(Optional.empty(), index.get("form 0-1"), "page 0 has one form");
    }

    @Test
    void aFileThatIsNoIndexIsRefusedWithItsName() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.ngidx"), "not an index at all, but long enough to hold a header of sixty-four bytes");
        NewsGraphException e = assertThrows(NewsGraphException.class, () -> WikiDictIndex.open(junk));
        assertTrue(e.getMessage().contains("junk.ngidx") && e.getMessage().contains("delete it"), e.getMessage());
    }

    @Test
    void linksNamesTimesOrdinalsAndNumbersAsCoreNlpDoes() throws IOException {
        WikiDictLinker linker = new WikiDictLinker(index(DICTIONARY, 64));
        assertEquals(Optional.of("Nordvik_Industries"), linker.link(mention("Nordvik Industries", "ORGANIZATION")));
        assertEquals(Optional.empty(), linker.link(mention("Nordvik Industries", "O")), "no NER tag, no link");
        assertEquals(Optional.empty(), linker.link(mention("Ostrava", "CITY")));
        assertEquals(Optional.of("2.5"), linker.link(mention("2.5", "NUMBER")));
        CoreMap date = mention("the morning of 4 March 2019", "DATE");
        date.set(TimeAnnotations.TimexAnnotation.class, new Timex("DATE", "2019-03-04TMO"));
        assertEquals(Optional.of("2019-03-04"), linker.link(date));
        CoreMap now = mention("now", "DATE");
        now.set(TimeAnnotations.TimexAnnotation.class, new Timex("DATE", "PRESENT_REF"));
        assertEquals(Optional.empty(), linker.link(now));
        CoreMap third = mention("third", "ORDINAL");
        third.set(CoreAnnotations.NumericValueAnnotation.class, 3.0);
        assertEquals(Optional.of("3.0"), linker.link(third));
    }

    private static CoreMap mention(String text, String ner) {
        CoreMap m = new ArrayCoreMap();
        m.set(CoreAnnotations.TextAnnotation.class, text);
        m.set(CoreAnnotations.NamedEntityTagAnnotation.class, ner);
        return m;
    }
}
