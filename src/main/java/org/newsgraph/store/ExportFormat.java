package org.newsgraph.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.riot.RDFFormat;
import org.newsgraph.error.BadInputException;

/**
 * The formats {@link ArticleStore#export} writes. Quad formats keep one named graph per article;
 * triple formats write the union of all graphs.
 */
public enum ExportFormat {
    TRIG(RDFFormat.TRIG_BLOCKS, true),
    NQUADS(RDFFormat.NQUADS, true),
    TURTLE(RDFFormat.TURTLE_BLOCKS, false),
    JSONLD(RDFFormat.JSONLD11, false),
    RDFXML(RDFFormat.RDFXML_PLAIN, false);

    private final RDFFormat format;
    private final boolean quads;

    ExportFormat(RDFFormat format, boolean quads) {
        this.format = format;
        this.quads = quads;
    }

    public RDFFormat rdfFormat() {
        return format;
    }

    /** True when the format keeps named graphs. */
    public boolean quads() {
        return quads;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The labels, comma-separated, for messages: "trig, nquads, ...". */
    public static String labels() {
        return Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", "));
    }

    /** The format with this label; a {@link BadInputException} names the allowed ones otherwise. */
    public static ExportFormat parse(String label) {
        for (ExportFormat f : values())
            if (f.label().equalsIgnoreCase(label == null ? "" : label.strip()))
                return f;
        throw new BadInputException(String.valueOf(label), "unknown export format; allowed: " + labels());
    }
}
