package org.newsgraph.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.error.NewsGraphException;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;
import org.newsgraph.vocab.NIF;

/**
 * The article's text as a NIF context and the span nodes that point into it. A span node is
 * {@code <article>#char=b,e}, typed nif:String and nif:RFC5147String, with its code point offsets,
 * its anchor text (read from the stored text, so it always matches the offsets) and its context.
 */
final class ArticleText {
    private final Model model;
    private final IriMinter minter;
    private final Resource context;
    private final String source;
    private final String text;
    /** UTF-16 index of each code point index, with the text length at the end */
    private final int[] charAt;
    private final Map<Span, Resource> spans = new HashMap<>();
    private final Map<Integer, Resource> sentences = new HashMap<>();

    ArticleText(Model model, IriMinter minter, Resource context, String source, String text) {
        this.model = model;
        this.minter = minter;
        this.context = context;
        this.source = source;
        this.text = text;
        int length = text.codePointCount(0, text.length());
        charAt = new int[length + 1];
        for (int cp = 0, i = 0; cp < length; cp++) {
            charAt[cp] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        charAt[length] = text.length();
    }

    /** The article's IRI. */
    String iri() {
        return context.getURI();
    }

    /** The length in code points. */
    int length() {
        return charAt.length - 1;
    }

    /** The text at the span (code points). */
    String at(Span span) {
        check(span);
        return text.substring(charAt[span.begin()], charAt[span.end()]);
    }

    /** The span's node, created once per span. */
    Resource span(Span span) {
        check(span);
        return spans.computeIfAbsent(span, s -> model.createResource(minter.span(context.getURI(), s))
                .addProperty(RDF.type, NIF.String)
                .addProperty(RDF.type, NIF.RFC5147String)
                .addProperty(NIF.referenceContext, context)
                .addLiteral(NIF.beginIndex, Literals.nonNegative(s.begin()))
                .addLiteral(NIF.endIndex, Literals.nonNegative(s.end()))
                .addLiteral(NIF.anchorOf, Literals.string(at(s))));
    }

    /** Adds a sentence node (a span typed nif:Sentence). */
    void addSentence(Sentence sentence) {
        sentences.put(sentence.index(), span(sentence.span()).addProperty(RDF.type, NIF.Sentence));
    }

    /** The node of the sentence with this index, where the extraction gave one. */
    Optional<Resource> sentence(int index) {
        return Optional.ofNullable(sentences.get(index));
    }

    private void check(Span span) {
        if (span.end() > length())
            throw new NewsGraphException("Cannot map the article '" + source + "': the span [" + span.begin() + ","
                    + span.end() + ") lies outside its text of " + length() + " code points.");
    }
}
