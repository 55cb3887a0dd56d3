package org.newsgraph.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.newsgraph.error.BadInputException;

/**
 * The size limits of inputs, and reading within them: an article file, page or stdin input may have at
 * most {@code maxArticleBytes}, a CSV or JSON Lines collection {@code maxCollectionBytes} (for a gzipped
 * file, counted after decompression).
 */
record InputLimits(long maxArticleBytes, long maxCollectionBytes) {

    byte[] readFile(String source, Path path, boolean collection, boolean gzip) throws IOException {
        long max = collection ? maxCollectionBytes : maxArticleBytes;
        if (!gzip) {
            check(source, Files.size(path), max, collection);
            return Files.readAllBytes(path);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            byte[] bytes = readStream(source, in, max);
            check(source, bytes.length, max, collection);
            return bytes;
        } catch (ZipException | java.io.EOFException e) {
            throw new BadInputException(source, "the file is not valid gzip data (" + e.getMessage()
                    + "); give .html.gz files compressed with gzip", e);
        }
    }

    /** Reads a stream to its end, stopping with an error once it passes {@code max} bytes. */
    byte[] readStream(String source, InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max)
                throw new BadInputException(source, "the input is larger than the limit of " + megabytes(max)
                        + "; " + allowed());
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    void checkArticleSize(String source, long size) {
        check(source, size, maxArticleBytes, false);
    }

    private void check(String source, long size, long max, boolean collection) {
        if (size > max)
            throw new BadInputException(source, "the " + (collection ? "collection" : "file") + " is " + megabytes(size)
                    + ", above the limit of " + megabytes(max) + (collection ? " for a collection" : " for an article")
                    + "; " + allowed());
    }

    private String allowed() {
        return "newsgraph reads article files up to " + megabytes(maxArticleBytes) + " and CSV/JSON Lines collections up to "
                + megabytes(maxCollectionBytes) + " (split larger collections)";
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
                : String.format(Locale.ROOT, "%d bytes", bytes);
    }
}
