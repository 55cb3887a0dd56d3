package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.newsgraph.error.BadInputException;

/**
 * The questions in {@code queries/*.rq}: from a directory (by default {@code ./queries}, when present)
 * and from the classpath (the same files ship in the jar). A file in the directory wins over the
 * classpath copy of the same name. Each file starts with a {@code #} comment header: the question on the
 * first line, then one {@code # Parameter NAME: meaning} line per parameter.
 */
public final class NamedQueries {
    private static final String CLASSPATH_DIR = "queries";
    private static final Pattern PARAMETER = Pattern.compile("^#\\s*Parameter\\s+\\??([A-Za-z_][A-Za-z0-9_]*)\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGES_BY_SOURCE = Pattern.compile("^#\\s*Pages\\s*:\\s*by\\s+\\?source\\b",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern PAGES_BY_INNER_QUERY = Pattern.compile("^#\\s*Pages\\s*:\\s*by\\s+(its\\s+)?inner\\s+query\\b",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    /** each name's query, parsed once */
    private final Map<String, NamedQuery> parsed;
    /** the text of each file that does not parse: asking for it throws what is wrong with it */
    private final Map<String, String> malformed;

    /** Parses every text once; one that does not parse is refused when it is asked for, not before. */
    private NamedQueries(Map<String, String> texts) {
        Map<String, NamedQuery> ok = new TreeMap<>();
        Map<String, String> bad = new TreeMap<>();
        texts.forEach((name, text) -> {
            try {
                ok.put(name, parse(name, text));
            } catch (BadInputException e) {
                bad.put(name, text);
            }
        });
        this.parsed = Collections.unmodifiableMap(ok);
        this.malformed = Collections.unmodifiableMap(bad);
    }

    /** The queries of {@code ./queries} (if it exists) and the classpath. */
    public static NamedQueries standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The available names, sorted (a malformed file's name too: asking for it says what is wrong). */
    public List<String> names() {
        TreeSet<String> names = new TreeSet<>(parsed.keySet());
        names.addAll(malformed.keySet());
        return List.copyOf(names);
    }

    /**
     * The query with this name ({@code claim-offsets}), parsed once when this set was built, or the query in
     * this file (parsed now) when the argument ends in {@code .rq} or names an existing file.
     */
    public NamedQuery get(String nameOrFile) {
        Objects.requireNonNull(nameOrFile, "The parameter 'nameOrFile' must not be null.");
        NamedQuery named = parsed.get(nameOrFile);
        if (named != null)
            return named;
        if (malformed.containsKey(nameOrFile))
            return parse(nameOrFile, malformed.get(nameOrFile));
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file))
                throw new BadInputException(nameOrFile, "no such query file; give a readable .rq file or one of: "
                        + String.join(", ", names()));
            try {
                return parse(nameOrFile, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new BadInputException(nameOrFile, "cannot read the query file (" + e.getMessage() + ")", e);
            }
        }
        throw new UnknownQueryException(nameOrFile, names());
    }

    /** Parses SPARQL text given directly; {@code label} names it in error messages. */
    public static NamedQuery parse(String label, String text) {
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new BadInputException(label, "malformed SPARQL" + position(e) + ": " + firstLine(e.getMessage()), e);
        }
        NamedQuery.Pages pages = PAGES_BY_SOURCE.matcher(text).find() ? NamedQuery.Pages.BY_SOURCE
                : PAGES_BY_INNER_QUERY.matcher(text).find() ? NamedQuery.Pages.BY_INNER_QUERY : NamedQuery.Pages.BY_LIMIT;
        return new NamedQuery(label, question(text), parameters(text), query, pages);
    }

    private static String position(QueryParseException e) {
        return e.getLine() > 0 ? " at line " + e.getLine() + ", column " + e.getColumn() : "";
    }

    private static String firstLine(String message) {
        String line = message == null ? "parse error" : message.strip().lines().findFirst().orElse("parse error");
        return line.replaceFirst("^Line \\d+, column \\d+:\\s*", "");
    }

    private static String question(String text) {
        return text.lines().map(String::strip).filter(l -> l.startsWith("#")).map(l -> l.substring(1).strip())
                .filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    private static List<String> parameters(String text) {
        List<String> names = new ArrayList<>();
        for (String line : (Iterable<String>) text.lines().map(String::strip)::iterator) {
            Matcher m = PARAMETER.matcher(line);
            if (m.find() && !names.contains(m.group(1)))
                names.add(m.group(1));
        }
        return names;
    }

    /** Where to find queries. */
    public static final class Builder {
        private Path directory = Path.of("queries");
        private boolean classpath = true;

        private Builder() {
        }

        /** A directory of .rq files, read if it exists (default {@code ./queries}). */
        public Builder directory(Path value) {
            this.directory = Objects.requireNonNull(value, "The parameter 'directory' must not be null.");
            return this;
        }

        /** Whether the queries shipped on the classpath are included (default true). */
        public Builder classpath(boolean value) {
            this.classpath = value;
            return this;
        }

        public NamedQueries build() {
            Map<String, String> texts = new TreeMap<>();
            if (classpath)
                readClasspath(texts);
            if (Files.isDirectory(directory))
                readDirectory(directory, texts);
            return new NamedQueries(texts);
        }

        private static void readDirectory(Path dir, Map<String, String> texts) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".rq")).sorted()::iterator)
                    texts.put(baseName(f.getFileName().toString()), Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new BadInputException(dir.toString(), "cannot read the query directory (" + e.getMessage() + ")", e);
            }
        }

        private static void readClasspath(Map<String, String> texts) {
            ClassLoader loader = NamedQueries.class.getClassLoader();
            try {
                Enumeration<URL> roots = loader.getResources(CLASSPATH_DIR);
                while (roots.hasMoreElements()) {
                    URL root = roots.nextElement();
                    if ("file".equals(root.getProtocol())) {
                        readDirectory(Path.of(root.toURI()), texts);
                    } else if ("jar".equals(root.getProtocol())) {
                        readJar(root, loader, texts);
                    }
                }
            } catch (IOException | URISyntaxException e) {
                throw new IllegalStateException("cannot list the queries on the classpath", e);
            }
        }

        private static void readJar(URL root, ClassLoader loader, Map<String, String> texts) throws IOException {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                    String entry = e.nextElement().getName();
                    if (entry.startsWith(CLASSPATH_DIR + "/") && entry.endsWith(".rq") && entry.indexOf('/', CLASSPATH_DIR.length() + 1) < 0) {
                        try (InputStream in = loader.getResourceAsStream(entry)) {
                            if (in != null)
                                texts.putIfAbsent(baseName(entry.substring(CLASSPATH_DIR.length() + 1)),
                                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        }

        private static String baseName(String file) {
            return file.substring(0, file.length() - ".rq".length());
        }
    }
}
