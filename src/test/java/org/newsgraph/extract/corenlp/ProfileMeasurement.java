package org.newsgraph.extract.corenlp;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Profile;
import org.newsgraph.source.Article;

/**
 * Measures a profile: model load time, tokens per second over the first articles of a Wikinews CSV, and
 * heap after loading and at peak. Not a test (speed is never asserted); run by hand:
 * <pre>
 * java -Xmx10g -XX:+UseParallelGC -cp target/classes:target/test-classes:$(cat cp.txt) \
 *   org.newsgraph.extract.corenlp.ProfileMeasurement default ../shared/corpus/wikinews/wikinews_2019.csv 10
 * </pre>
 */
public final class ProfileMeasurement {
    private ProfileMeasurement() {
    }

    public static void main(String[] args) throws IOException {
        Profile profile = Profile.parse(args[0]);
        List<String> texts = readCsvTexts(Path.of(args[1]), Integer.parseInt(args[2]));
        long start = System.nanoTime();
        CoreNlpPipelines.preload(profile);
        long loadMs = (System.nanoTime() - start) / 1_000_000;
        long heapAfterLoad = usedHeapAfterGc();
        CoreNlpExtractor extractor = new CoreNlpExtractor(profile);
        // warm-up on a short text so one-off lazy loading is not counted as annotation
        extractor.extract(Article.builder("warmup", "Angela Merkel met Emmanuel Macron in Paris on Monday.").build());
        long tokens = 0;
        int entities = 0;
        int mentions = 0;
        int claims = 0;
        int relations = 0;
        long annStart = System.nanoTime();
        for (int i = 0; i < texts.size(); i++) {
            Extraction x = extractor.extract(Article.builder("row" + i, texts.get(i)).build());
            tokens += x.tokens();
            entities += x.entities().size();
            mentions += x.mentions().size();
            claims += x.claims().size();
            relations += x.relations().size();
        }
        double secs = (System.nanoTime() - annStart) / 1e9;
        for (int a = 3; a < args.length; a++)
            dump(extractor.extract(Article.builder(args[a], Files.readString(Path.of(args[a]))).build()),
                    Files.readString(Path.of(args[a])));
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP)
                peak += pool.getPeakUsage().getUsed();
        System.out.printf("profile=%s coref=%s load_s=%.1f articles=%d tokens=%d annotate_s=%.1f tokens_per_s=%.0f "
                + "heap_after_load_mb=%d peak_heap_mb=%d entities=%d mentions=%d relations=%d quote_claims=%d%n",
                profile.label(), System.getProperty("newsgraph.coref.algorithm", "-"), loadMs / 1000.0, texts.size(),
                tokens, secs, tokens / secs, heapAfterLoad >> 20, peak >> 20, entities, mentions, relations, claims);
    }

    static void dump(Extraction x, String text) {
        x.entities().forEach(e -> System.out.println("ENTITY " + e));
        x.mentions().forEach(m -> System.out.println("  MENTION " + m.entityId() + " " + m.kind() + " s" + m.sentence() + " '"
                + m.text() + "' ok=" + m.span().of(text).equals(m.text())));
        x.roles().forEach(r -> System.out.println("ROLE " + r));
        x.relations().forEach(r -> System.out.println("RELATION " + r));
        x.claims().forEach(c -> System.out.println("CLAIM " + c.speaker().map(sp -> sp.of(text)) + " -> " + c.speakerEntityId()
                + " cue=" + c.cue().map(sp -> sp.of(text)) + " '" + c.content().get(0).of(text) + "' about=" + c.aboutIds()));
    }

    private static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** The "text" column (the last) of the first {@code limit} rows of a CSV with quoted fields. */
    static List<String> readCsvTexts(Path csv, int limit) throws IOException {
        String s = Files.readString(csv, StandardCharsets.UTF_8);
        List<String> texts = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean header = true;
        for (int i = 0; i < s.length() && texts.size() < limit; i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                if (!header && !row.isEmpty())
                    texts.add(row.get(row.size() - 1));
                header = false;
                row.clear();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        return texts;
    }
}
