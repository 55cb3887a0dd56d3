package org.newsgraph.extract.corenlp;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.error.NewsGraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's fine-grained NER gazetteer (the KBP {@code regexner} lists behind {@code ner.applyFineGrained}) without
 * its place-participle compounds. Of its 586,731 entries, 504,680 are a place name joined to one of nine participles
 * or "area" ("paris-headquartered", "texas-born", "france-owned": nearly every city, country, state and nationality
 * with each of them); CoreNLP holds the whole list in memory (456 MB of heap, the largest part of NER's load). Without
 * those entries the place names themselves are still there ("paris", "texas"); what is lost is the tag of a
 * compound as a whole (CoreNLP's NER reads "Paris-born" as one token, and the list tagged it CITY where the model
 * had left it O or MISC). What that
 * changes is measured by {@code GazetteerAgreement} (in the test sources) and in the README.
 *
 * <p>The copies are written once into newsgraph's cache directory (see {@link WikiDictCache#directory()}), named
 * for the original's CRC and size; {@link #mapping()} is the value of CoreNLP's {@code ner.fine.regexner.mapping}
 * that reads them, with CoreNLP's own options for that setting.
 */
final class FineNerGazetteer {
    /** CoreNLP's default lists ({@code DefaultPaths.DEFAULT_KBP_REGEXNER_CASELESS} and {@code _CASED}). */
    static final List<String> DEFAULT_LISTS = List.of("edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab",
            "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab");
    /** The options CoreNLP gives these lists by default ({@code DefaultPaths.DEFAULT_KBP_TOKENSREGEX_NER_SETTINGS}). */
    static final String OPTIONS = "ignorecase=true,validpospattern=(NN|JJ|ADD).*,";
    private static final Logger LOG = LoggerFactory.getLogger(FineNerGazetteer.class);
    private static final Set<String> PLACE_TYPES = Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY");
    /** A place name, a hyphen, and one of the participles the lists join to every place. */
    private static final Pattern PLACE_COMPOUND = Pattern.compile(
            ".+-(?:area|backed|born|controlled|educated|headquartered|owned|raised|registered|trained)");
    /** The version of the rule in {@link #placeCompound}, part of the copies' names: a new rule writes new copies. */
    private static final int RULE = 3;
    private static String mapping;

    private FineNerGazetteer() {
    }

    /** The {@code ner.fine.regexner.mapping} setting for the compact copies of CoreNLP's lists, built on first use. */
    static synchronized String mapping() {
        if (mapping == null)
            mapping = mapping(WikiDictCache.directory());
        return mapping;
    }

    /** The same, with the copies in {@code directory} (written there unless they are). */
    static String mapping(Path directory) {
        List<String> files = new ArrayList<>();
        for (String list : DEFAULT_LISTS)
            files.add(findOrBuild(list, directory).toString());
        return OPTIONS + String.join(";", files);
    }

    /**
     * Copies the gazetteer lines of {@code in} to {@code out} without the place-participle compounds; returns how
     * many lines were kept. Lines that are not entries (blank, or without a tab) are kept as they are.
     */
    static long filter(BufferedReader in, Writer out) throws IOException {
        long kept = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (placeCompound(line))
                continue;
            out.write(line);
            out.write('\n');
            kept++;
        }
        return kept;
    }

    /** Whether a gazetteer line is a place type whose pattern ends in "-" and a participle (or "area"). */
    static boolean placeCompound(String line) {
        String[] fields = line.split("\t", 3);
        return fields.length >= 2 && PLACE_TYPES.contains(fields[1]) && PLACE_COMPOUND.matcher(fields[0]).matches();
    }

    private static Path findOrBuild(String resource, Path directory) {
        URL url = FineNerGazetteer.class.getClassLoader().getResource(resource);
        if (url == null)
            throw new NewsGraphException("The fine-grained NER gazetteer " + resource
                    + " is not on the class path; it comes with the stanford-corenlp models jar");
        String name = resource.substring(resource.lastIndexOf('/') + 1).replace(".tab", "");
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve("gazetteer-" + name + "-" + WikiDictCache.fingerprint(url) + "-" + RULE + ".tab");
            if (Files.isRegularFile(target))
                return target;
            try (FileChannel lockFile = FileChannel.open(directory.resolve("gazetteer.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
                if (Files.isRegularFile(target))
                    return target;
                long start = System.nanoTime();
                Path partial = directory.resolve(target.getFileName() + ".partial");
                long kept;
                try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8), 1 << 16);
                        BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    kept = filter(in, out);
                }
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                LOG.info("Wrote the compact gazetteer {}: {} entries kept, in {} ms", target, kept, (System.nanoTime() - start) / 1_000_000);
                return target;
            }
        } catch (IOException e) {
            throw new NewsGraphException("Cannot write the compact NER gazetteer in " + directory + " (set -Dnewsgraph.cache=DIR to "
                    + "a writable directory): " + e.getMessage(), e);
        }
    }
}
