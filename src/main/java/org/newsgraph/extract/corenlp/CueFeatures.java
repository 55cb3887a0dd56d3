package org.newsgraph.extract.corenlp;

import org.newsgraph.extract.SpeechAct;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The context of a cue the rules found, as feature strings for {@link CueScorer}: the cue's lemma, tag and relation,
 * what kind of content it governs and what kind of subject it has, and where it stands among the other candidates
 * of its sentence (inside another cue's content, and whose; holding other cues in its own), which rule found it,
 * what governs it and how it sits beside the sentence's quotes.
 */
final class CueFeatures {
    private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "who", "which", "that");

    /**
     * Where a candidate stands in its sentence and article.
     *
     * @param sentence   the sentence's index in the article
     * @param candidates how many cues the rules found in the sentence, this one included
     * @param depth      how many other candidates hold this cue inside their content
     * @param outer      the lemma of the innermost candidate holding this cue in its content, or "-"
     * @param inner      how many other candidates' cues lie inside this one's content
     * @param origin     which rule found the candidate ("verb", "verb-predicate", "noun", "pattern", ...)
     * @param governing  the relation of this cue to its head when the head is another candidate's cue ("obj" for
     *                   "concern" in "expressed concern"), else "-"
     * @param governed   how many of this cue's dependents are other candidates' cues
     * @param act        the speech act the lexicon gives the cue
     */
    record Context(int sentence, int candidates, int depth, String outer, int inner, String origin, String governing,
            int governed, Paragraph paragraph, SpeechAct act) {
        /** A candidate alone in the first sentence, found by the verb rules: for tests and callers without context. */
        static final Context NONE = new Context(0, 1, 0, "-", 0, "verb", "-", 0, new Paragraph(true, false, false, false),
                SpeechAct.STATEMENT);

        /** Where candidate {@code c} stands among the candidates of sentence {@code sentence}. */
        static Context of(AttributionTree tree, int sentence, CueCandidate c, List<CueCandidate> candidates, Paragraph paragraph) {
            int depth = 0, inner = 0, outerSize = Integer.MAX_VALUE, governed = 0;
            String outer = "-", governing = "-";
            for (CueCandidate o : candidates) {
                if (o == c)
                    continue;
                if (o.cue() == tree.head(c.cue()))
                    governing = tree.relation(c.cue()).split(":")[0];
                if (tree.head(o.cue()) == c.cue())
                    governed++;
                BitSet content = o.parts().content();
                if (content.get(c.cue())) {
                    depth++;
                    // the innermost holder: the one with the smallest content
                    if (content.cardinality() < outerSize) {
                        outerSize = content.cardinality();
                        outer = o.lemma().replace(' ', '_');
                    }
                }
                if (c.parts().content().get(o.cue()))
                    inner++;
            }
            return new Context(sentence, candidates.size(), depth, outer, inner, c.origin(), governing, governed, paragraph,
                    c.act());
        }
    }

    /**
     * Where a candidate's sentence stands in its paragraph.
     *
     * @param first      whether the sentence opens its paragraph
     * @param turn       whether the paragraph opens with a speaker's turn ("FALLIN: I think ...")
     * @param inQuote    whether the sentence opens inside a quote that an earlier sentence opened
     * @param afterQuote whether the sentence before ended with a quote
     */
    record Paragraph(boolean first, boolean turn, boolean inQuote, boolean afterQuote) {
        /** Whether a paragraph whose first sentence is {@code tree} opens with a speaker's turn ("FALLIN: I think ..."). */
        static boolean isTurn(AttributionTree tree) {
            for (int i = 1; i < Math.min(4, tree.size()); i++)
                if (tree.token(i).word().equals(":")) {
                    String name = tree.token(i - 1).word();
                    return name.length() > 1 && name.equals(name.toUpperCase());
                }
            return false;
        }
    }

    private CueFeatures() {
    }

    /** The context of a cue, as feature strings. */
    static List<String> of(AttributionTree t, int cue, ClaimParts.Parts p, String cueLemma, Context x) {
        String lemma = cueLemma.replace(' ', '_');
        String content = contentKind(t, cue, p);
        String subject = subjectKind(t, p);
        String tag = t.tag(cue);
        String rel = t.relation(cue).split(":")[0];
        List<String> f = new ArrayList<>();
        f.add("l=" + lemma);
        f.add("t=" + tag);
        f.add("r=" + rel);
        f.add("c=" + content);
        f.add("s=" + subject);
        f.add("l,c=" + lemma + "," + content);
        f.add("l,s=" + lemma + "," + subject);
        f.add("l,t=" + lemma + "," + tag);
        f.add("l,r=" + lemma + "," + rel);
        f.add("c,s=" + content + "," + subject);
        int n = p.content().cardinality();
        f.add("n=" + (n == 0 ? "0" : n < 3 ? "1" : n < 8 ? "3" : n < 20 ? "8" : "20"));
        if (p.negated())
            f.add("neg");
        if (p.hedged())
            f.add("hedge");
        if (p.direct())
            f.add("direct");
        if (cue < t.size() - 1 && t.tag(cue + 1).equals(","))
            f.add("comma-after");
        int m = p.speaker().cardinality();
        f.add("sn=" + (m == 0 ? "0" : m < 2 ? "1" : m < 4 ? "2" : m < 8 ? "4" : "8"));
        if (p.speakerHead() >= 0 && t.head(p.speakerHead()) != cue)
            f.add("s-far");
        if (p.speakerHead() >= 0 && p.speakerHead() > cue)
            f.add("s-after");
        f.add("sl=" + (t.size() < 10 ? "short" : t.size() < 30 ? "mid" : "long"));
        String ner = speakerType(t, p);
        f.add("ner=" + ner);
        f.add("l,ner=" + lemma + "," + ner);
        f.add("l,p=" + lemma + "," + preposition(t, cue));
        f.add("l,o=" + lemma + "," + object(t, cue));
        f.add("l,m=" + lemma + "," + marker(t, cue, p));
        if (x.depth() > 0) {
            f.add("nested");
            f.add("l,nested=" + lemma);
        }
        context(f, t, cue, p, lemma, content, x);
        CueShapeFeatures.add(f, t, cue, p, x.act(), lemma, content, subject, x.origin(), x.candidates());
        return f;
    }

    /** Features of the cue's place among the sentence's candidates, its governor and the sentence's quotes. */
    private static void context(List<String> f, AttributionTree t, int cue, ClaimParts.Parts p, String lemma, String content,
            Context x) {
        String depth = x.depth() == 0 ? "0" : x.depth() == 1 ? "1" : "2";
        f.add("d=" + depth);
        f.add("out=" + x.outer());
        if (x.depth() > 0) {
            f.add("l,out=" + lemma + "," + x.outer());
            f.add("d,c=" + content);
            f.add("d,r=" + t.relation(cue).split(":")[0]);
        }
        f.add("in=" + (x.inner() == 0 ? "0" : x.inner() == 1 ? "1" : "2"));
        f.add("k=" + (x.candidates() == 1 ? "1" : x.candidates() == 2 ? "2" : x.candidates() < 5 ? "3" : "5"));
        f.add("org=" + x.origin());
        f.add("l,org=" + lemma + "," + x.origin());
        f.add("pos=" + (x.sentence() == 0 ? "0" : x.sentence() < 3 ? "1" : x.sentence() < 10 ? "3" : "10"));
        int h = t.head(cue);
        String govRel = h < 0 ? "root" : t.relation(h).split(":")[0];
        String govTag = h < 0 ? "-" : t.tag(h).length() > 2 ? t.tag(h).substring(0, 2) : t.tag(h);
        f.add("g=" + (h < 0 ? "-" : t.lemma(h)));
        f.add("r,gt=" + t.relation(cue).split(":")[0] + "," + govTag);
        f.add("r,gr=" + t.relation(cue).split(":")[0] + "," + govRel);
        f.add("w=" + t.token(cue).word().toLowerCase());
        if (cue <= 1)
            f.add("first");
        if (cue > 0 && Character.isUpperCase(t.token(cue).word().charAt(0)))
            f.add("cap");
        List<int[]> quotes = t.quotes();
        if (!quotes.isEmpty())
            f.add("q");
        for (int[] q : quotes) {
            if (Math.abs(q[1] - cue) <= 3 && q[1] < cue || Math.abs(q[0] - cue) <= 2 && q[0] > cue)
                f.add("q-near");
            if (p.content().get(q[0]) || p.content().get(q[1]) || p.content().get((q[0] + q[1]) / 2))
                f.add("q-content");
        }
        int sh = p.speakerHead();
        if (sh >= 0 && sh < t.size()) {
            String first = t.lemma(p.speaker().nextSetBit(0));
            if (t.tag(p.speaker().nextSetBit(0)).equals("DT"))
                f.add("sd=" + first);
            f.add("s,c=" + subjectKind(t, p) + "," + content + "," + lemma);
        }
        Paragraph par = x.paragraph();
        if (par.first())
            f.add("p-first");
        if (par.turn())
            f.add("p-turn");
        if (par.inQuote())
            f.add("p-in-quote");
        if (par.afterQuote())
            f.add("p-after-quote");
        f.add("gc=" + x.governing());
        f.add("l,gc=" + lemma + "," + x.governing());
        if (x.governed() > 0)
            f.add("dc");
        f.add("l,g=" + lemma + "," + (h < 0 ? "-" : t.lemma(h)));
        f.add("prev=" + (cue == 0 ? "^" : t.lemma(cue - 1)));
        f.add("next=" + (cue + 1 >= t.size() ? "$" : t.lemma(cue + 1)));
        for (int a : t.children(cue))
            if (t.relation(a).startsWith("aux") || t.relation(a).equals("mark") && t.tag(a).equals("TO"))
                f.add("aux=" + t.lemma(a));
        if (sh >= 0 && sh < t.size() && !PRONOUNS.contains(t.token(sh).word().toLowerCase()))
            f.add("sh=" + t.lemma(sh));
        int root = contentRoot(t, p);
        if (root >= 0) {
            f.add("ch=" + t.lemma(root));
            f.add("l,ch=" + lemma + "," + t.lemma(root));
        }
        BitSet c = p.content();
        int verbs = 0;
        for (int k = c.nextSetBit(0); k >= 0; k = c.nextSetBit(k + 1))
            if (t.tag(k).startsWith("VB"))
                verbs++;
        f.add("cv=" + (verbs == 0 ? "0" : verbs == 1 ? "1" : "2"));
    }

    /** The content's first token whose head lies outside it, or -1. */
    private static int contentRoot(AttributionTree t, ClaimParts.Parts p) {
        BitSet c = p.content();
        for (int k = c.nextSetBit(0); k >= 0; k = c.nextSetBit(k + 1))
            if (t.head(k) < 0 || !c.get(t.head(k)))
                return k;
        return -1;
    }

    private static String contentKind(AttributionTree t, int cue, ClaimParts.Parts p) {
        if (p.direct())
            return "quote";
        if (!p.earlierContent().isEmpty())
            return "earlier";
        BitSet c = p.content();
        for (int k = c.nextSetBit(0); k >= 0; k = c.nextSetBit(k + 1))
            if (t.head(k) >= 0 && !c.get(t.head(k)))
                return t.relation(k).split(":")[0] + (k < cue ? "<" : ">");
        return "none";
    }

    /** The named entity type of the speaker's head ("PERSON", "ORGANIZATION"), "O" if none, "none" without a speaker. */
    private static String speakerType(AttributionTree t, ClaimParts.Parts p) {
        int h = p.speakerHead();
        if (h < 0 || h >= t.size())
            return "none";
        String ner = t.token(h).ner();
        return ner == null ? "O" : ner;
    }

    /** The preposition of the cue's first oblique or particle after it ("focus on", "call for"), or "-". */
    private static String preposition(AttributionTree t, int cue) {
        for (int c : t.children(cue))
            if (c > cue && (t.relation(c).startsWith("obl") || t.relation(c).equals("compound:prt")))
                return t.relation(c).equals("compound:prt") ? t.lemma(c) : caseOf(t, c);
        return "-";
    }

    private static String caseOf(AttributionTree t, int node) {
        for (int c : t.children(node, "case"))
            return t.lemma(c);
        return "-";
    }

    /** The lemma of the cue's direct object ("make the case", "cast a vote"), or "-". */
    private static String object(AttributionTree t, int cue) {
        for (int c : t.children(cue, "obj"))
            return t.lemma(c);
        return "-";
    }

    /** The marker opening the content ("that", "if", "to"), or "-". */
    private static String marker(AttributionTree t, int cue, ClaimParts.Parts p) {
        int first = p.content().nextSetBit(0);
        if (first < 0)
            return "-";
        String tag = t.tag(first);
        return tag.equals("IN") || tag.equals("TO") || tag.equals("WDT") || tag.equals("WRB") ? t.lemma(first) : tag;
    }

    private static String subjectKind(AttributionTree t, ClaimParts.Parts p) {
        int h = p.speakerHead();
        if (h < 0 || h >= t.size())
            return "none";
        String word = t.token(h).word().toLowerCase();
        if (PRONOUNS.contains(word))
            return word;
        String tag = t.tag(h);
        return tag.startsWith("NNP") ? "name" : tag.startsWith("NN") ? "noun" : "other";
    }
}
