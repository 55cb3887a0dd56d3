package org.newsgraph.extract.corenlp;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.newsgraph.error.NewsGraphException;

/**
 * CoreNLP's WikiDict (surface form → Wikipedia page, about 21 million lines) as a read-only hash table in
 * one file, written once by {@link WikiDictIndexWriter}. A lookup reads a few hundred bytes of the file with
 * positional reads (three or four), so the dictionary costs neither heap nor load time, and the pages it
 * reads stay in the operating system's file cache rather than in the process's resident set (CoreNLP's own
 * loader holds it all in a {@code HashMap}: about 3 GB of heap and a minute of loading). Lookups may run
 * from many threads at once.
 *
 * <p>Layout (big-endian): a header ({@link #MAGIC}, bucket count, entry count, link count, and the offsets
 * of the parts and the file's size), then the entries of each bucket in dictionary order (varint key
 * length, the key in UTF-8, the link number as int), then the start of each bucket's entries
 * ({@code bucketCount + 1} ints, relative to the entries), then the links (an int offset per link and one
 * more, then their UTF-8 bytes). A key that the dictionary lists more than once maps to its last link, as
 * it does in CoreNLP's {@code HashMap}.
 */
final class WikiDictIndex implements AutoCloseable {
    static final long MAGIC = 0x4e47_5749_4b49_0001L; // "NGWIKI" + format version 1
    static final int HEADER_BYTES = 64;

    private final Path path;
    private final FileChannel file;
    private final int bucketCount;
    private final long entryCount;
    private final long entries;
    private final long buckets;
    private final long linkOffsets;
    private final long linkBytes;
    private final int linkCount;

    private WikiDictIndex(Path path, FileChannel file) throws IOException {
        this.path = path;
        this.file = file;
        ByteBuffer header = read(0, HEADER_BYTES);
        if (header.getLong(0) != MAGIC)
            throw new IllegalStateException("not a newsgraph WikiDict index (format " + Long.toHexString(MAGIC) + ")");
        this.bucketCount = header.getInt(8);
        this.entryCount = header.getLong(12);
        this.linkCount = header.getInt(20);
        this.entries = header.getLong(24);
        this.buckets = header.getLong(32);
        this.linkOffsets = header.getLong(40);
        this.linkBytes = header.getLong(48);
        long size = header.getLong(56);
        if (Integer.bitCount(bucketCount) != 1 || size != file.size() || linkBytes > size || entries != HEADER_BYTES
                || buckets + 4L * (bucketCount + 1) > linkOffsets || linkOffsets + 4L * (linkCount + 1) > linkBytes)
            throw new IllegalStateException("truncated or inconsistent newsgraph WikiDict index");
    }

    /** Opens the index file at {@code path} (read-only); close it when done. */
    static WikiDictIndex open(Path path) {
        Objects.requireNonNull(path, "The parameter 'path' must not be null.");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
            return new WikiDictIndex(path, channel);
        } catch (IOException | IllegalStateException e) {
            closeQuietly(channel);
            if (e instanceof IOException && !(e instanceof EOFException))
                throw new NewsGraphException("Cannot read the WikiDict index " + path + ": " + e.getMessage(), e);
            throw new NewsGraphException("The WikiDict index " + path + " is damaged (" + e.getMessage()
                    + "); delete it so it is built again", e);
        }
    }

    /** The number of dictionary lines indexed (a key listed twice counts twice). */
    long entryCount() {
        return entryCount;
    }

    /** The page the dictionary gives for exactly {@code surfaceForm}, where it has one. */
    Optional<String> get(String surfaceForm) {
        Objects.requireNonNull(surfaceForm, "The parameter 'surfaceForm' must not be null.");
        byte[] key = surfaceForm.getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer range = read(buckets + 4L * bucketOf(key, bucketCount), 8);
            int from = range.getInt(0);
            int to = range.getInt(4);
            if (from > to)
                throw new EOFException("bucket range " + from + ".." + to);
            byte[] bucket = read(entries + from, to - from).array();
            int found = -1;
            int at = 0;
            while (at < bucket.length) {
                int length = 0;
                int shift = 0;
                byte b;
                do {
                    b = bucket[at++];
                    length |= (b & 0x7f) << shift;
                    shift += 7;
                } while (b < 0);
                if (length == key.length && Arrays.equals(bucket, at, at + length, key, 0, length))
                    found = ByteBuffer.wrap(bucket, at + length, 4).getInt(); // keep scanning: the last listing wins
                at += length + 4;
            }
            return found < 0 ? Optional.empty() : Optional.of(link(found));
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new NewsGraphException("Cannot read the WikiDict index " + path + " (" + e.getMessage()
                    + "); delete it so it is built again", e);
        }
    }

    private String link(int number) throws IOException {
        if (number >= linkCount)
            throw new EOFException("link " + number + " of " + linkCount);
        ByteBuffer range = read(linkOffsets + 4L * number, 8);
        int from = range.getInt(0);
        int to = range.getInt(4);
        return new String(read(linkBytes + from, to - from).array(), StandardCharsets.UTF_8);
    }

    /** {@code length} bytes at {@code position} (a positional read: threads may share the channel). */
    private ByteBuffer read(long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining())
            if (file.read(buffer, position + buffer.position()) < 0)
                throw new EOFException("the file ends before byte " + (position + length));
        return buffer;
    }

    /** The bucket of a key's UTF-8 bytes: 64-bit FNV-1a, folded. */
    static int bucketOf(byte[] key, int bucketCount) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 29;
        return (int) (h & (bucketCount - 1));
    }

    @Override
    public void close() {
        closeQuietly(file);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null)
                channel.close();
        } catch (IOException e) {
            // nothing was written; nothing to lose
        }
    }
}
