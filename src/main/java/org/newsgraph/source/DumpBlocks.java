package org.newsgraph.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a page dump into {@link DumpBlock}s. A renderer that wraps text at a fixed width (w3m, lynx)
 * leaves paragraphs as runs of lines that fill the width; those runs are joined back into one block.
 * Every other line is a block of its own, so menus, captions and credits stay separate.
 */
final class DumpBlocks {
    static final Pattern BULLET = Pattern.compile("^\\s*([\u2022\u25A1\u25E6\u25AA\u25CF\u25A0\u00B7*\u2013-]|\\d{1,2}\\.)\\s+");

    private DumpBlocks() {
    }

    static List<DumpBlock> split(String text) {
        String[] lines = text.split("\r?\n", -1);
        int width = wrapWidth(lines);
        List<DumpBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int start = i;
            boolean bullet = BULLET.matcher(lines[i]).find();
            StringBuilder block = new StringBuilder(lines[i].strip());
            while (width > 0 && i + 1 < lines.length && lines[i].stripTrailing().length() >= width * 0.75
                    && !lines[i + 1].isBlank() && !BULLET.matcher(lines[i + 1]).find()
                    && indent(lines[i + 1]) >= indent(lines[start]) - 0) {
                i++;
                block.append('\n').append(lines[i].strip());
            }
            blocks.add(new DumpBlock(start, block.toString(), bullet));
            i++;
        }
        return blocks;
    }

    /**
     * The width at which the renderer wrapped lines, or 0 when it did not wrap (each paragraph on one
     * line): the longest line length, when at least a few lines come within a word's length of it.
     */
    static int wrapWidth(String[] lines) {
        int[] lengths = Arrays.stream(lines).filter(l -> !l.isBlank()).mapToInt(l -> l.stripTrailing().length()).toArray();
        int[] sorted = Arrays.stream(lengths).sorted().toArray();
        if (sorted.length < 10)
            return 0;
        // the longest lines may be unbreakable (a long URL): take the longest length that several lines reach
        for (int k = sorted.length - 1; k >= 0 && sorted[k] >= 40; k--) {
            int width = sorted[k];
            if (width > 200)
                continue;
            long near = Arrays.stream(lengths).filter(l -> l <= width && l >= width - 15).count();
            if (near >= Math.max(5, sorted.length / 50))
                return width;
            if (k < sorted.length - 20)
                break;
        }
        return 0;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && Character.isWhitespace(line.charAt(n)))
            n++;
        return n;
    }
}
