package org.newsgraph.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compact fine-grained gazetteer: the place-participle compounds are left out, everything else kept. */
class FineNerGazetteerTest {
    @Test
    void leavesOutPlaceParticipleCompoundsOnly() throws IOException {
        String list = String.join("\n",
                "vellmar\tCITY\tLOCATION\t1",
                "vellmar-headquartered\tCITY\tMISC\t1",
                "north vellmar-born\tCITY\tMISC\t2",
                "vellmaria-owned\tCOUNTRY\tMISC\t1",
                "vellmar-area\tSTATE_OR_PROVINCE\tMISC\t1",
                "deputy-harbour-master\tTITLE\tMISC\t1",
                "first-born\tTITLE\tMISC\t1",
                "vellmar-based\tCITY\tMISC\t1",
                "<?[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,4}>?\tEMAIL\tMISC\t2",
                "");
        StringWriter out = new StringWriter();
        long kept = FineNerGazetteer.filter(new BufferedReader(new StringReader(list)), out);
        assertEquals(List.of("vellmar\tCITY\tLOCATION\t1", "deputy-harbour-master\tTITLE\tMISC\t1",
                "first-born\tTITLE\tMISC\t1", "vellmar-based\tCITY\tMISC\t1", "<?[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,4}>?\tEMAIL\tMISC\t2"),
                out.toString().lines().toList());
        assertEquals(5, kept);
    }

    @Test
    void aLineWithoutTypeIsKept() {
        assertFalse(FineNerGazetteer.placeCompound("vellmar-born"));
        assertTrue(FineNerGazetteer.placeCompound("vellmar-born\tNATIONALITY"));
    }

    @Test
    void writesTheCopiesOnceAndNamesThemWithCoreNlpsOptions(@TempDir Path cache) throws IOException {
        String mapping = FineNerGazetteer.mapping(cache);
        assertTrue(mapping.startsWith(FineNerGazetteer.OPTIONS), mapping);
        String[] files = mapping.substring(FineNerGazetteer.OPTIONS.length()).split(";");
        assertEquals(2, files.length);
        Path caseless = Path.of(files[0]);
        assertEquals(cache, caseless.getParent());
        List<String> lines = Files.readAllLines(caseless);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("paris\tCITY\t")), "a city is kept");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("editor-in-chief\tTITLE\t")), "a hyphenated title is kept");
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("paris-born\t")), "a place-participle compound is left out");
        FileTime written = Files.getLastModifiedTime(caseless);
        Files.setLastModifiedTime(caseless, FileTime.fromMillis(written.toMillis() - 60_000));
        assertEquals(mapping, FineNerGazetteer.mapping(cache));
        assertEquals(written.toMillis() - 60_000, Files.getLastModifiedTime(caseless).toMillis(), "the copy is reused, not rewritten");
    }
}
