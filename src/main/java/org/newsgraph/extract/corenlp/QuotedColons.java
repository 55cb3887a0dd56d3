package org.newsgraph.extract.corenlp;

import java.util.BitSet;
import java.util.Optional;
import java.util.Set;

/**
 * A colon that opens a quotation and is the only cue of what comes before it: "The harbour master was blunt: “Y”"
 * (the subject of the clause before the colon speaks) and "What it means for the port - Ana Ruiz: “Y”" (the name after
 * the last dash speaks). The colon is the cue and the quotation after it the content. A cue word before the colon
 * ("She said: “Y”") is that claim's cue instead, so the colon is none then.
 */
final class QuotedColons {
    private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");

    private QuotedColons() {
    }

    /** The parts of the colon at {@code colon}, if it opens a quotation after a clause or a dashed name. */
    static Optional<ClaimParts.Parts> find(AttributionTree t, int colon, CueLexicon lexicon) {
        if (colon == 0 || !t.token(colon).word().equals(":") || colon + 4 >= t.size() || !t.tag(colon + 1).equals("``"))
            return Optional.empty();
        int dash = -1;
        for (int k = 0; k < colon; k++) {
            String tag = t.tag(k);
            if (tag.startsWith("VB") && lexicon.act(t.lemma(k), CueLexicon.Kind.VERB).isPresent()
                    || tag.startsWith("NN") && lexicon.act(t.lemma(k), CueLexicon.Kind.NOUN).isPresent()
                    || ClaimParts.QUOTES.contains(tag))
                return Optional.empty();
            if (DASHES.contains(t.token(k).word()))
                dash = k;
        }
        BitSet speaker = new BitSet();
        int speakerHead = -1;
        if (dash >= 0) {
            // "... - Ana Ruiz: “Y”": a name, or a short phrase naming the source, with no verb
            for (int k = dash + 1; k < colon; k++)
                if (t.tag(k).startsWith("VB") || t.tag(k).equals("MD"))
                    return Optional.empty();
            if (colon - dash > 7)
                return Optional.empty();
            speaker.set(dash + 1, colon);
            speakerHead = colon - 1;
            while (t.head(speakerHead) > dash && t.head(speakerHead) < colon && t.head(speakerHead) != speakerHead)
                speakerHead = t.head(speakerHead);
        } else {
            // "The harbour master was blunt: “Y”": the subject of the clause the colon ends
            int root = -1;
            for (int k = 0; k < colon; k++)
                if (t.head(k) < 0)
                    root = k;
            if (root < 0)
                return Optional.empty();
            for (int c : t.children(root, "nsubj"))
                if (c < root)
                    speakerHead = c;
            if (speakerHead < 0)
                return Optional.empty();
            BitSet block = new BitSet();
            block.set(root);
            speaker = t.trim(t.phrase(speakerHead, block));
        }
        BitSet content = new BitSet();
        content.set(colon + 1, t.size());
        content = t.trim(content);
        BitSet cue = new BitSet();
        cue.set(colon);
        return Optional.of(new ClaimParts.Parts(t.trim(speaker), speakerHead, cue, content, true, false, false));
    }
}
