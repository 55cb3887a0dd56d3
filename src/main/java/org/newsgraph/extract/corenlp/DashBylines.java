package org.newsgraph.extract.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.CodePoints;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.SpeechAct;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Quotes signed with a dash: "“He is clueless about our culture.” ― Ana Ruiz" at the end of a line, or a quote
 * paragraph followed by a paragraph "- Sanders." (fact checks, reader round-ups, epigraphs). The dash is the cue, the
 * name after it the speaker and the quote before it the content. The parser cannot see this: the dash and the name
 * end up in the next sentence, so the bylines are found on the article's tokens, across sentences.
 * <p>
 * A byline is a dash right after a closing quote mark (at most one blank line between them), then one to six
 * capitalised words, then the end of the line, a full stop ending the line, a comma and a short role ending the line
 * ("-Michelle Marks, Philadelphia teacher"), or the next quote's opening mark. The content runs back to the quote's
 * opening mark within its line, or to the start of its line when the mark is missing or wrong ("”Fear. I am truly
 * afraid…”"). Signatures of embedded posts ("… — Ana Ruiz (@anaruiz) July 5, 2016") are left out: their words are
 * the post's, and PolNeAR's annotators took 4 of 14 such signatures on train for attributions. The quote must read as
 * speech ({@link #spoken}). On train the rule takes 7 of the 11 dash cues (the other 4 are such signatures) and makes
 * one wrong one: a reporter's sign-off right after a quote ("… in Spain."--Kim Hjelmgaard.").
 */
final class DashBylines {
    /** The longest name a byline signs with, in tokens ("Christina N Luis Olidem" is four). */
    private static final int NAME_MAX = 6;
    /** How far back a byline's quote may open, in tokens. */
    private static final int QUOTE_MAX = 400;
    /** The longest role after a byline's name and its comma ("- Michelle Marks, teacher at a Philadelphia school"). */
    private static final int ROLE_MAX = 12;
    private static final Set<String> DASHES = Set.of("\u2015", "\u2014", "\u2013", "-", "--");
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "di", "van", "von", "der", "den", "la",
            "le", "bin", "al", "y");

    private DashBylines() {
    }

    /** The dash bylines of an annotated document, as direct claims. */
    static List<Claim> find(List<CoreMap> sentences, String text, CodePoints codePoints, EntityLookup lookup) {
        List<Claim> claims = new ArrayList<>();
        if (text == null)
            return claims;
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : sentences)
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        for (int d = 1; d + 1 < tokens.size(); d++) {
            String word = tokens.get(d).originalText();
            if (word == null || !DASHES.contains(word) || !isClosingQuote(tokens.get(d - 1))
                    || newlines(text, tokens.get(d - 1), tokens.get(d)) > 2)
                continue;
            int nameEnd = nameEnd(tokens, d + 1, text);
            if (nameEnd < 0)
                continue;
            int close = d - 1;
            int from = contentStart(tokens, close, text);
            if (from < 0 || from >= close || !spoken(tokens, from, close - 1))
                continue;
            claims.add(claim(tokens, from, close - 1, d, d + 1, nameEnd, codePoints, lookup));
        }
        return claims;
    }

    /**
     * Whether the quote reads as something said: four words or more, with a verb or ending a sentence. A title
     * signed by its author ("“Becoming” — Michelle Obama"), a slogan with a photo credit ("“Stop the Steal” – Getty
     * Images") or a page title with its site ("“America is back” - CNNPolitics") is not.
     */
    private static boolean spoken(List<CoreLabel> tokens, int from, int to) {
        int words = 0;
        boolean verb = false;
        for (int k = from; k <= to; k++) {
            String tag = tokens.get(k).tag();
            if (tag != null && Character.isLetter(tag.charAt(0)))
                words++;
            verb |= tag != null && (tag.startsWith("VB") || tag.equals("MD"));
        }
        String last = tokens.get(to).word();
        boolean ends = last != null && (last.equals(".") || last.equals("!") || last.equals("?") || last.equals("..."));
        return words >= 4 && (verb || ends);
    }

    private static Claim claim(List<CoreLabel> tokens, int from, int to, int dash, int nameFrom, int nameTo,
            CodePoints codePoints, EntityLookup lookup) {
        Span content = codePoints.span(tokens.get(from).beginPosition(), tokens.get(to).endPosition());
        Span speaker = codePoints.span(tokens.get(nameFrom).beginPosition(), tokens.get(nameTo).endPosition());
        Optional<String> speakerId = Optional.empty();
        for (int k = nameTo; k >= nameFrom && speakerId.isEmpty(); k--)
            speakerId = entityAt(tokens.get(k), lookup);
        Set<String> about = new LinkedHashSet<>();
        for (int k = from; k <= to; k++)
            entityAt(tokens.get(k), lookup).ifPresent(about::add);
        speakerId.ifPresent(about::remove);
        CoreLabel cue = tokens.get(dash);
        return new Claim(Optional.of(speaker), speakerId, Optional.of(codePoints.span(cue.beginPosition(), cue.endPosition())),
                cue.originalText(), SpeechAct.STATEMENT, List.of(content), true, false, false, cue.sentIndex(),
                new ArrayList<>(about));
    }

    private static Optional<String> entityAt(CoreLabel token, EntityLookup lookup) {
        return lookup.entityAt(token.sentIndex(), token.index() - 1);
    }

    /**
     * The last token of the name that starts at {@code from}, or -1 when there is none or it does not end the line
     * (or run into the next quote).
     */
    private static int nameEnd(List<CoreLabel> tokens, int from, String text) {
        int k = from;
        while (k < tokens.size() && k - from < NAME_MAX && isNameWord(tokens.get(k).word(), k == from)) {
            if (k + 1 < tokens.size() && newlines(text, tokens.get(k), tokens.get(k + 1)) > 0)
                return PARTICLES.contains(tokens.get(k).word()) ? -1 : k;
            k++;
        }
        int last = k - 1;
        if (last < from || PARTICLES.contains(tokens.get(last).word()))
            return -1;
        if (k == tokens.size())
            return last;
        CoreLabel next = tokens.get(k);
        if (isOpeningQuote(next))
            return last;
        if (next.word().equals(","))
            return endsLine(tokens, k, text, ROLE_MAX) ? last : -1; // "- Michelle Marks, Philadelphia teacher"
        boolean stop = next.word().equals(".");
        return stop && endsLine(tokens, k, text, 0) ? last : -1;
    }

    /** Whether the line ends within {@code max} tokens after token {@code k}. */
    private static boolean endsLine(List<CoreLabel> tokens, int k, String text, int max) {
        for (int j = k; j <= k + max; j++)
            if (j + 1 == tokens.size() || newlines(text, tokens.get(j), tokens.get(j + 1)) > 0)
                return true;
        return false;
    }

    private static boolean isNameWord(String word, boolean first) {
        if (word == null || word.isEmpty())
            return false;
        if (PARTICLES.contains(word))
            return !first;
        return Character.isUpperCase(word.codePointAt(0)) && word.codePoints().allMatch(c -> Character.isLetter(c)
                || c == '.' || c == '\'' || c == '\u2019' || c == '-');
    }

    /**
     * The first token of the quote that closes at {@code close}: the one after its opening mark, else after the
     * start of the quote's line (and after a mark of the wrong kind there). -1 when the quote is too long.
     */
    private static int contentStart(List<CoreLabel> tokens, int close, String text) {
        for (int k = close - 1; k >= 0 && close - k <= QUOTE_MAX; k--) {
            CoreLabel t = tokens.get(k);
            if (isOpeningQuote(t))
                return k + 1;
            if (k == 0 || newlines(text, tokens.get(k - 1), t) > 0)
                return isQuoteMark(t) ? k + 1 : k;
        }
        return -1;
    }

    /** How many line breaks stand between two tokens. */
    private static int newlines(String text, CoreLabel a, CoreLabel b) {
        int n = 0;
        for (int i = Math.max(0, a.endPosition()); i < Math.min(text.length(), b.beginPosition()); i++)
            if (text.charAt(i) == '\n')
                n++;
        return n;
    }

    /** A closing mark, or a straight one (the tagger may guess a straight mark's direction wrong). */
    private static boolean isClosingQuote(CoreLabel t) {
        String o = t.originalText();
        return "''".equals(t.tag()) && isQuoteMark(t) || "\u201d".equals(o) || "\"".equals(o) || "\u00bb".equals(o);
    }

    private static boolean isOpeningQuote(CoreLabel t) {
        return "``".equals(t.tag()) && isQuoteMark(t) || "\u201c".equals(t.originalText());
    }

    private static boolean isQuoteMark(CoreLabel t) {
        return SentenceQuotes.isDoubleQuote(t.originalText());
    }
}
