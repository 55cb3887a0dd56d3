package org.newsgraph.extract.corenlp;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Objects;

/**
 * Writes a {@link WikiDictIndex} from the lines of a WikiDict ({@code surface form TAB page TAB score}),
 * reading them once, in two steps that keep the heap small: the entries go to 64 temporary files by
 * bucket, then each file is sorted by bucket (keeping dictionary order within a bucket) and appended to
 * the index. Lines are read as CoreNLP's loader reads them: a line that starts with a tab is skipped, the
 * key is the text before the first tab and the page the text up to the next; the score is not used (CoreNLP's
 * threshold is 0).
 */
final class WikiDictIndexWriter {
    /** About five entries per bucket for the English WikiDict. */
    static final int DEFAULT_BUCKETS = 1 << 22;
    private static final int PARTITIONS = 64;

    private final int bucketCount;

    WikiDictIndexWriter(int bucketCount) {
        if (Integer.bitCount(bucketCount) != 1 || bucketCount < PARTITIONS)
            throw new IllegalArgumentException("bucketCount must be a power of two >= " + PARTITIONS + ", got " + bucketCount);
        this.bucketCount = bucketCount;
    }

    /** Reads {@code lines} to the end and writes the index to {@code target} (replacing it). */
    long write(BufferedReader lines, Path target) throws IOException {
        Objects.requireNonNull(lines, "The parameter 'lines' must not be null.");
        Objects.requireNonNull(target, "The parameter 'target' must not be null.");
        Path work = Files.createTempDirectory(target.toAbsolutePath().getParent(), "wikidict-build");
        try {
            return write(lines, target, work);
        } finally {
            try (var files = Files.list(work)) {
                for (Path p : files.toList())
                    Files.deleteIfExists(p);
            }
            Files.deleteIfExists(work);
        }
    }

    private long write(BufferedReader lines, Path target, Path work) throws IOException {
        int shift = Integer.numberOfTrailingZeros(bucketCount) - Integer.numberOfTrailingZeros(PARTITIONS);
        DataOutputStream[] parts = new DataOutputStream[PARTITIONS];
        for (int p = 0; p < PARTITIONS; p++)
            parts[p] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(work.resolve("part" + p)), 1 << 16));
        Path linkFile = work.resolve("links");
        IntList linkOffsets = new IntList();
        long entryCount = 0;
        long linkBytes = 0;
        try (OutputStream links = new BufferedOutputStream(Files.newOutputStream(linkFile), 1 << 16)) {
            String previousLink = null;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '\t')
                    continue;
                int tab = line.indexOf('\t');
                if (tab < 0)
                    continue;
                int tab2 = line.indexOf('\t', tab + 1);
                String link = line.substring(tab + 1, tab2 < 0 ? line.length() : tab2);
                if (!link.equals(previousLink)) { // the dictionary lists a page's forms together
                    linkOffsets.add(Math.toIntExact(linkBytes));
                    byte[] bytes = link.getBytes(StandardCharsets.UTF_8);
                    links.write(bytes);
                    linkBytes += bytes.length;
                    previousLink = link;
                }
                byte[] key = line.substring(0, tab).getBytes(StandardCharsets.UTF_8);
                int bucket = WikiDictIndex.bucketOf(key, bucketCount);
                DataOutputStream part = parts[bucket >>> shift];
                part.writeInt(bucket);
                writeVarint(part, key.length);
                part.write(key);
                part.writeInt(linkOffsets.size() - 1);
                entryCount++;
            }
        } finally {
            for (DataOutputStream part : parts)
                part.close();
        }
        linkOffsets.add(Math.toIntExact(linkBytes));

        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            int[] bucketStarts = new int[bucketCount + 1];
            out.position(WikiDictIndex.HEADER_BYTES);
            long entriesBytes = 0;
            for (int p = 0; p < PARTITIONS; p++)
                entriesBytes = appendPartition(work.resolve("part" + p), p << shift, 1 << shift, bucketStarts, entriesBytes, out);
            bucketStarts[bucketCount] = Math.toIntExact(entriesBytes);
            long bucketsAt = out.position();
            writeInts(out, bucketStarts, bucketStarts.length);
            long linkOffsetsAt = out.position();
            writeInts(out, linkOffsets.values(), linkOffsets.size());
            long linkBytesAt = out.position();
            try (FileChannel in = FileChannel.open(linkFile, StandardOpenOption.READ)) {
                long copied = 0;
                while (copied < in.size())
                    copied += in.transferTo(copied, in.size() - copied, out);
            }
            long size = out.position();
            ByteBuffer header = ByteBuffer.allocate(WikiDictIndex.HEADER_BYTES);
            header.putLong(WikiDictIndex.MAGIC).putInt(bucketCount).putLong(entryCount).putInt(linkOffsets.size() - 1)
                    .putLong(WikiDictIndex.HEADER_BYTES).putLong(bucketsAt).putLong(linkOffsetsAt).putLong(linkBytesAt).putLong(size);
            header.flip();
            out.write(header, 0);
            out.force(true);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return entryCount;
    }

    /** Sorts one partition's entries by bucket (stable) and appends them; returns the entry bytes written so far. */
    private static long appendPartition(Path part, int firstBucket, int bucketsInPart, int[] bucketStarts, long written,
            FileChannel out) throws IOException {
        byte[] data = Files.readAllBytes(part);
        IntList starts = new IntList();
        IntList bucketOf = new IntList();
        int[] counts = new int[bucketsInPart + 1];
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int at = 0;
            while (at < data.length) {
                int bucket = in.readInt();
                int length = readVarint(in);
                int recordStart = at + 4;
                int keyAt = recordStart + varintSize(length);
                in.skipNBytes(length + 4L);
                starts.add(recordStart);
                bucketOf.add(bucket - firstBucket);
                counts[bucket - firstBucket + 1]++;
                at = keyAt + length + 4;
            }
        } catch (EOFException e) {
            throw new IOException("a temporary WikiDict partition was cut short: " + part, e);
        }
        int[] order = new int[starts.size()];
        int[] next = new int[bucketsInPart];
        for (int b = 0; b < bucketsInPart; b++)
            counts[b + 1] += counts[b];
        System.arraycopy(counts, 0, next, 0, bucketsInPart);
        for (int i = 0; i < starts.size(); i++)
            order[next[bucketOf.get(i)]++] = i;
        int[] sizes = new int[starts.size()];
        for (int i = 0; i < starts.size(); i++)
            sizes[i] = (i + 1 < starts.size() ? starts.get(i + 1) - 4 : data.length) - starts.get(i);
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        int e = 0;
        for (int b = 0; b < bucketsInPart; b++) {
            bucketStarts[firstBucket + b] = Math.toIntExact(written);
            for (; e < counts[b + 1]; e++) {
                int i = order[e];
                if (buffer.remaining() < sizes[i]) {
                    drain(buffer, out);
                    if (buffer.capacity() < sizes[i])
                        buffer = ByteBuffer.allocate(sizes[i]);
                }
                buffer.put(data, starts.get(i), sizes[i]);
                written += sizes[i];
            }
        }
        drain(buffer, out);
        return written;
    }

    private static void drain(ByteBuffer buffer, FileChannel out) throws IOException {
        buffer.flip();
        while (buffer.hasRemaining())
            out.write(buffer);
        buffer.clear();
    }

    private static void writeInts(FileChannel out, int[] values, int count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (int i = 0; i < count; i++) {
            if (buffer.remaining() < 4)
                drain(buffer, out);
            buffer.putInt(values[i]);
        }
        drain(buffer, out);
    }

    static void writeVarint(OutputStream out, int value) throws IOException {
        int v = value;
        while ((v & ~0x7f) != 0) {
            out.write((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static int readVarint(InputStream in) throws IOException {
        int value = 0;
        int shift = 0;
        int b;
        do {
            b = in.read();
            if (b < 0)
                throw new EOFException();
            value |= (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return value;
    }

    private static int varintSize(int value) {
        int size = 1;
        for (int v = value >>> 7; v != 0; v >>>= 7)
            size++;
        return size;
    }

    /** A growable list of ints (the build holds millions; boxed integers would cost ten times the heap). */
    private static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int value) {
            if (size == values.length)
                values = Arrays.copyOf(values, size * 2);
            values[size++] = value;
        }

        int get(int index) {
            return values[index];
        }

        int size() {
            return size;
        }

        int[] values() {
            return values;
        }
    }
}
