package org.newsgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * Every term of the vocabulary classes is used: written or read by the code (src/main/java), asked by a query
 * (queries/, src/main/resources) or named by the ontology or the shapes (ontology/). A term nothing uses is
 * noise to a reader of the vocabulary, who takes it for something newsgraph writes.
 */
class VocabularyUseTest {
    /** the vocabulary classes and the prefix the queries and the ontology give their namespace */
    private static final Map<Class<?>, String> PREFIXES = Map.of(NG.class, "ng", NIF.class, "nif", PROV.class, "prov",
            ITSRDF.class, "itsrdf");

    @Test
    void everyTermIsUsedByTheCodeAQueryOrTheOntology() throws IllegalAccessException {
        String code = read(Path.of("src/main/java"), ".java");
        String rdf = read(Path.of("queries"), ".rq") + read(Path.of("src/main/resources"), ".rq")
                + read(Path.of("ontology"), ".ttl");
        List<String> unused = new ArrayList<>();
        for (Map.Entry<Class<?>, String> vocabulary : PREFIXES.entrySet()) {
            Class<?> type = vocabulary.getKey();
            for (Field f : type.getFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || !(f.get(null) instanceof Resource term))
                    continue;
                String local = term.getLocalName();
                boolean inCode = Pattern.compile("\\b" + type.getSimpleName() + "\\." + f.getName() + "\\b")
                        .matcher(code).find();
                boolean inRdf = rdf.contains("<" + term.getURI() + ">")
                        || Pattern.compile("(?<![\\w:])" + vocabulary.getValue() + ":" + Pattern.quote(local) + "(?![\\w-])")
                                .matcher(rdf).find();
                if (!inCode && !inRdf)
                    unused.add(type.getSimpleName() + "." + f.getName());
            }
        }
        assertEquals(List.of(), unused.stream().sorted().toList());
    }

    /** The text of the files under {@code root} ending in {@code suffix}, the vocabulary classes' own left out. */
    private static String read(Path root, String suffix) {
        if (!Files.isDirectory(root))
            return "";
        try (Stream<Path> files = Files.walk(root)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).sorted().toList())
                if (!file.getParent().endsWith(Path.of("org", "newsgraph", "vocab")))
                    text.append(Files.readString(file)).append('\n');
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
