package org.newsgraph.extract.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.zip.GZIPInputStream;

import org.newsgraph.error.NewsGraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the compact index of a WikiDict on the class path (by default the one in the
 * {@code models-english-kbp} jar) in newsgraph's cache directory, and builds it there the first time
 * (about two minutes, once per machine and dictionary: 2 min 8 s on the 2-core build machine). The index file is named for the dictionary's CRC and
 * size, so a new models jar gets a new index. Two processes that start at once build it once: the build
 * holds a file lock. One index per dictionary per JVM is mapped.
 *
 * <p>The cache directory is the system property {@code newsgraph.cache}, else {@code $XDG_CACHE_HOME/newsgraph},
 * else {@code ~/.cache/newsgraph}.
 */
final class WikiDictCache {
    /** Where CoreNLP's entity linker reads the English WikiDict from (its {@code DefaultPaths.DEFAULT_WIKIDICT_TSV}). */
    static final String DEFAULT_WIKIDICT = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";
    private static final Logger LOG = LoggerFactory.getLogger(WikiDictCache.class);
    private static final Map<String, WikiDictIndex> OPEN = new HashMap<>();

    private WikiDictCache() {
    }

    /** The index of the class-path WikiDict {@code resource}, built on first use. */
    static synchronized WikiDictIndex index(String resource) {
        Objects.requireNonNull(resource, "The parameter 'resource' must not be null.");
        WikiDictIndex index = OPEN.get(resource);
        if (index == null) {
            index = WikiDictIndex.open(findOrBuild(resource, directory()));
            OPEN.put(resource, index);
        }
        return index;
    }

    /** newsgraph's cache directory (see the class comment). */
    static Path directory() {
        String configured = System.getProperty("newsgraph.cache");
        if (configured != null && !configured.isBlank())
            return Path.of(configured);
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank())
            return Path.of(xdg, "newsgraph");
        return Path.of(System.getProperty("user.home"), ".cache", "newsgraph");
    }

    private static Path findOrBuild(String resource, Path directory) {
        URL url = WikiDictCache.class.getClassLoader().getResource(resource);
        if (url == null)
            throw new NewsGraphException("The entity linker's dictionary " + resource
                    + " is not on the class path; it comes with the stanford-corenlp models-english-kbp jar");
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve("wikidict-" + fingerprint(url) + ".ngidx");
            if (Files.isRegularFile(target))
                return target;
            try (FileChannel lockFile = FileChannel.open(directory.resolve("wikidict.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
                if (Files.isRegularFile(target)) // another process built it while we waited
                    return target;
                // the CLI shows this logger's INFO lines (cli.Main) although it logs at warn: the one notice of why a first run is slow
                LOG.info("Building the compact WikiDict index {} for entity linking (once per machine, about two minutes; later runs reuse it) "
                        + "from {}", target, url);
                long start = System.nanoTime();
                long entries;
                try (InputStream raw = url.openStream();
                        BufferedReader lines = new BufferedReader(new InputStreamReader(
                                resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw, StandardCharsets.UTF_8), 1 << 16)) {
                    entries = new WikiDictIndexWriter(WikiDictIndexWriter.DEFAULT_BUCKETS).write(lines, target);
                }
                LOG.info("Built the WikiDict index: {} entries, {} MB, in {} s", entries, Files.size(target) >> 20,
                        (System.nanoTime() - start) / 1_000_000_000);
                return target;
            }
        } catch (IOException e) {
            throw new NewsGraphException("Cannot build the WikiDict index in " + directory + " (set -Dnewsgraph.cache=DIR to "
                    + "a writable directory): " + e.getMessage(), e);
        }
    }

    /** A class-path file's CRC and size from its jar entry (cheap), or size and time for a plain file. */
    static String fingerprint(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            JarEntry entry = jar.getJarEntry();
            try (var ignored = jar.getJarFile()) {
                return Long.toHexString(entry.getCrc()) + "-" + entry.getSize();
            }
        }
        long size = connection.getContentLengthLong();
        long modified = connection.getLastModified();
        try (InputStream ignored = connection.getInputStream()) {
            return Integer.toHexString(Objects.hash(url.toString(), modified)) + "-" + size;
        }
    }
}
