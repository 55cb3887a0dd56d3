package org.newsgraph.extract.corenlp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionKind;
import org.newsgraph.extract.SpeechAct;

/**
 * What each finished claim is about ({@code schema:about}): the entities of the mentions inside its content, in every
 * part of it whichever finder found that part (a quote carried over from the sentence or paragraph before, a quote the
 * quote annotator joined), a pronoun or title standing for the entity its mention resolves to; with those its finder
 * added from outside the content (whom "X accused Y of Z" accuses); never its own speaker, which it may name but which
 * is who says it, nor what only a first-person pronoun ("I", "our") stands for, which is the one who says it even where
 * coreference joined it to another. Runs after claims are merged, when the speaker is final, so every claim follows the
 * same rule. Dates, amounts and figures are no mentions, so never what a claim is about.
 */
final class AboutEntities {
    /** Cues of praise whose object is whom they praise, as an accusation's object is whom it accuses. */
    private static final Set<String> PRAISING = Set.of("praise", "thank", "congratulate", "credit", "commend", "hail",
            "applaud", "laud", "salute", "defend");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
            "ourselves");

    private AboutEntities() {
    }

    static List<Claim> of(List<Claim> claims, List<Mention> mentions) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            Set<String> named = new LinkedHashSet<>(), firstPersonOnly = new LinkedHashSet<>();
            for (Mention m : mentions)
                if (c.content().stream().anyMatch(part -> part.contains(m.span())))
                    (firstPerson(m) ? firstPersonOnly : named).add(m.entityId());
            firstPersonOnly.removeAll(named);
            Set<String> about = new LinkedHashSet<>(c.aboutIds());
            about.addAll(named);
            about.removeAll(firstPersonOnly);
            c.speakerEntityId().ifPresent(about::remove);
            out.add(c.withAboutIds(new ArrayList<>(about)));
        }
        return out;
    }

    /**
     * The tokens of whom an accusing or praising verb cue aims at outside its content and speaker: its object ("X accused
     * Y of Z", "X praised Y for Z") or passive subject ("Y was accused of Z"), with the names set beside it ("its
     * supplier, Kessler") and joined to it ("Y and W"). Whom a cue tells, asks or warns is who hears it, not what it is
     * about ("told the court that Z").
     */
    static List<Integer> targets(AttributionTree t, int cue, SpeechAct act, BitSet content, BitSet speaker) {
        if (!t.tag(cue).startsWith("VB") || act != SpeechAct.ACCUSATION && !PRAISING.contains(t.lemma(cue)))
            return List.of();
        List<Integer> out = new ArrayList<>();
        List<Integer> heads = new ArrayList<>(t.children(cue, "obj"));
        heads.addAll(t.children(cue, "nsubj:pass"));
        for (int h : heads) {
            if (content.get(h) || speaker.get(h))
                continue;
            out.add(h);
            out.addAll(t.children(h, "appos"));
            out.addAll(t.children(h, "conj"));
        }
        return out;
    }

    /** "I", "my", "we", "our": in what someone says, the one who says it (or those they speak for). */
    private static boolean firstPerson(Mention m) {
        return m.kind() == MentionKind.PRONOUN && FIRST_PERSON.contains(m.text().toLowerCase(Locale.ROOT));
    }
}
