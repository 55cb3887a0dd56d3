package org.newsgraph.extract.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import org.newsgraph.extract.CodePoints;
import org.newsgraph.extract.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * One sentence seen as a dependency tree with 0-based token indexes: relations from the enhanced++ graph,
 * phrase yields from the basic tree (which has one head per token), and yields turned into code point spans.
 */
final class AttributionTree {
    private static final List<String> EDGE_PUNCT = List.of(",", ":", "HYPH", "-LRB-", "-RRB-", ".");

    private final List<CoreLabel> tokens;
    private final SemanticGraph enhanced;
    private final int[] head;
    private final String[] relation;
    private final List<List<Integer>> children = new ArrayList<>();
    private final CodePoints codePoints;

    AttributionTree(List<CoreLabel> tokens, SemanticGraph basic, SemanticGraph enhanced, CodePoints codePoints) {
        this.tokens = tokens;
        this.enhanced = enhanced != null ? enhanced : basic;
        this.codePoints = codePoints;
        head = new int[tokens.size()];
        relation = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            children.add(new ArrayList<>());
            head[i] = -1;
            relation[i] = "root";
        }
        if (basic != null) {
            for (SemanticGraphEdge e : basic.edgeIterable()) {
                int d = e.getDependent().index() - 1, h = e.getGovernor().index() - 1;
                if (d >= 0 && d < head.length && h >= 0 && h < head.length) {
                    head[d] = h;
                    relation[d] = e.getRelation().toString();
                    children.get(h).add(d);
                }
            }
        }
    }

    private List<int[]> quotes = List.of();

    /** The quotes of this sentence as token ranges [from, to], quote marks included. */
    void setQuotes(List<int[]> quotes) {
        this.quotes = List.copyOf(quotes);
    }

    List<int[]> quotes() {
        return quotes;
    }

    int size() {
        return tokens.size();
    }

    CoreLabel token(int i) {
        return tokens.get(i);
    }

    String lemma(int i) {
        String l = tokens.get(i).lemma();
        return l == null ? tokens.get(i).word().toLowerCase() : l.toLowerCase();
    }

    String tag(int i) {
        String t = tokens.get(i).tag();
        return t == null ? "" : t;
    }

    int head(int i) {
        return head[i];
    }

    /** The basic relation of token {@code i} to its head ("root" for the root). */
    String relation(int i) {
        return relation[i];
    }

    List<Integer> children(int i) {
        return children.get(i);
    }

    /** Basic-tree children of {@code i} whose relation is {@code rel} or a subtype of it ("obl" matches "obl:tmod"). */
    List<Integer> children(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i))
            if (relation[c].equals(rel) || relation[c].startsWith(rel + ":"))
                out.add(c);
        return out;
    }

    Optional<Integer> child(int i, String rel) {
        List<Integer> c = children(i, rel);
        return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
    }

    /** Enhanced++ dependents of {@code i} whose relation (with its specific part, e.g. "obl:according_to") starts with {@code prefix}. */
    List<Integer> enhancedChildren(int i, String prefix) {
        List<Integer> out = new ArrayList<>();
        var node = enhanced.getNodeByIndexSafe(i + 1);
        if (node == null)
            return out;
        for (SemanticGraphEdge e : enhanced.outgoingEdgeIterable(node)) {
            GrammaticalRelation r = e.getRelation();
            int d = e.getDependent().index() - 1;
            if (r.toString().startsWith(prefix) && d >= 0 && d < tokens.size() && e.getDependent().copyCount() == 0)
                out.add(d);
        }
        return out;
    }

    /** The tokens under {@code root} in the basic tree, not descending into {@code blocked} tokens. */
    BitSet phrase(int root, BitSet blocked) {
        BitSet out = new BitSet();
        List<Integer> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            int n = stack.remove(stack.size() - 1);
            if (blocked.get(n) || out.get(n))
                continue;
            out.set(n);
            stack.addAll(children.get(n));
        }
        return out;
    }

    BitSet phrase(int root) {
        return phrase(root, new BitSet());
    }

    /** The phrase of a prepositional dependent without its preposition ("against X" gives "X"). */
    BitSet phraseWithoutCase(int root, BitSet blocked) {
        BitSet out = phrase(root, blocked);
        for (int k : children(root, "case"))
            out.clear(k);
        return out;
    }

    /**
     * Drops punctuation (commas, colons, dashes, brackets, periods) from both ends of a token set; a bracket that
     * closes or opens one inside the set stays ("Sen. Chuck Grassley (R-Iowa)").
     */
    BitSet trim(BitSet set) {
        BitSet out = (BitSet) set.clone();
        while (!out.isEmpty() && EDGE_PUNCT.contains(tag(out.nextSetBit(0))) && !paired(out, out.nextSetBit(0)))
            out.clear(out.nextSetBit(0));
        while (!out.isEmpty() && EDGE_PUNCT.contains(tag(out.length() - 1)) && !paired(out, out.length() - 1))
            out.clear(out.length() - 1);
        return out;
    }

    /** Whether bracket token {@code k} at an end of {@code set} has its partner inside the set. */
    private boolean paired(BitSet set, int k) {
        boolean open = tag(k).equals("-LRB-");
        if (!open && !tag(k).equals("-RRB-"))
            return false;
        int depth = 0;
        if (open) {
            for (int i = set.nextSetBit(k + 1); i >= 0; i = set.nextSetBit(i + 1))
                if ((depth += tag(i).equals("-LRB-") ? 1 : tag(i).equals("-RRB-") ? -1 : 0) < 0)
                    return i != set.length() - 1; // "(Y)" whole is bracketed: both go
        } else {
            for (int i = set.previousSetBit(k - 1); i >= 0; i = set.previousSetBit(i - 1))
                if ((depth += tag(i).equals("-RRB-") ? 1 : tag(i).equals("-LRB-") ? -1 : 0) < 0)
                    return i != set.nextSetBit(0);
        }
        return false;
    }

    /** Code point spans of the contiguous runs of a token set, gaps of punctuation only bridged. */
    List<Span> spans(BitSet set) {
        List<Span> out = new ArrayList<>();
        int i = set.nextSetBit(0);
        while (i >= 0) {
            int j = i;
            while (true) {
                int next = set.nextSetBit(j + 1);
                if (next < 0)
                    break;
                boolean bridge = true;
                for (int k = j + 1; k < next; k++)
                    bridge &= EDGE_PUNCT.contains(tag(k)) && !",".equals(tag(k));
                if (!bridge)
                    break;
                j = next;
            }
            out.add(span(i, j));
            i = set.nextSetBit(j + 1);
        }
        return out;
    }

    /** The code point span from the start of token {@code from} to the end of token {@code to} (inclusive). */
    Span span(int from, int to) {
        return codePoints.span(tokens.get(from).beginPosition(), tokens.get(to).endPosition());
    }

    /** The code point span of the UTF-16 character range [begin, end) of the document's text. */
    Span charSpan(int begin, int end) {
        return codePoints.span(begin, end);
    }

    /** The single span covering a token set from its first to its last token. */
    Span hull(BitSet set) {
        return span(set.nextSetBit(0), set.length() - 1);
    }
}
