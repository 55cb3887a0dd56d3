package org.newsgraph.extract.corenlp;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The entity a claim's speaker denotes: its head's, else that of a name standing in apposition to or compounded
 * with the head ("The mayor of Zamora, Javier Ortega": Ortega, not Zamora). Entities inside the speaker's modifiers
 * ("Engineers inspecting the bridge over the Douro") are not the speaker, nor is a place or a person compounded
 * with a common noun ("The Marlow school board", "the Kestrel police": the board and the police are not Marlow or
 * Kestrel). A relative pronoun speaks for the noun its clause modifies ("Per Lindqvist, who called ...": Lindqvist).
 * An indefinite noun ("a hospital spokesperson") is nobody named before it, whatever coreference joined it to.
 */
final class SpeakerEntities {
    /** Relations under a speaker's head that still name the speaker (not its modifiers: nmod, acl, poss). */
    private static final List<String> NAME_RELATIONS = List.of("appos", "compound", "flat", "dep");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");
    /** NER tags of a compound that names where or whose a common noun is, not the noun itself. */
    private static final Set<String> NOT_THE_HEAD = Set.of("PERSON", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE",
            "NATIONALITY");

    private SpeakerEntities() {
    }

    /** The entity of the speaker whose head token is {@code head}, if any. */
    static Optional<String> of(AttributionTree tree, int sentence, int head, EntityLookup lookup) {
        if (head < 0)
            return Optional.empty();
        // "according to a hospital spokesperson": an indefinite noun brings in someone new, not whoever coreference joined
        // it to that was named before ("Dedi Halonen, a spokesperson for the police"); one named after it may be it ("A
        // federal judge ruled ... Judge Gray Miller wrote"), and a name in apposition still names it
        boolean indefinite = indefinite(tree, head);
        int start = indefinite ? tree.phrase(head).nextSetBit(0) : 0;
        Optional<String> id = lookup.entityAt(sentence, head)
                .filter(e -> !indefinite || !lookup.namedBefore(e, sentence, start));
        if (id.isEmpty()) {
            int antecedent = antecedent(tree, head);
            if (antecedent >= 0)
                return of(tree, sentence, antecedent, lookup);
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(head));
        while (id.isEmpty() && !queue.isEmpty()) {
            int t = queue.poll();
            for (String rel : NAME_RELATIONS)
                for (int child : tree.children(t, rel)) {
                    if (id.isEmpty() && !(common(tree, t) && rel.equals("compound")
                            && NOT_THE_HEAD.contains(String.valueOf(tree.token(child).ner()))))
                        id = lookup.entityAt(sentence, child).filter(e -> !indefinite || tree.tag(child).startsWith("NNP")
                                || !lookup.namedBefore(e, sentence, start));
                    queue.add(child);
                }
        }
        return id;
    }

    /** Whether the head is a common noun with "a", "an" or "another" ("a hospital spokesperson", "an aide"). */
    private static boolean indefinite(AttributionTree tree, int head) {
        if (!common(tree, head))
            return false;
        for (int d : tree.children(head, "det"))
            if (Set.of("a", "an", "another").contains(tree.token(d).word().toLowerCase(Locale.ROOT)))
                return true;
        return false;
    }

    private static boolean common(AttributionTree tree, int t) {
        return tree.tag(t).startsWith("NN") && !tree.tag(t).startsWith("NNP");
    }

    /** The noun a relative pronoun stands for ("X, who said": X), or -1. */
    private static int antecedent(AttributionTree tree, int head) {
        if (!RELATIVE_PRONOUNS.contains(tree.token(head).word().toLowerCase(Locale.ROOT)) || !tree.tag(head).startsWith("W")
                && !tree.tag(head).equals("IN") && !tree.tag(head).equals("DT"))
            return -1;
        int clause = tree.head(head);
        if (clause < 0 || !tree.relation(head).startsWith("nsubj"))
            return -1;
        // the pronoun's clause, or a clause conjoined with it ("who resigned and said")
        while (tree.relation(clause).equals("conj") && tree.head(clause) >= 0)
            clause = tree.head(clause);
        if (!tree.relation(clause).equals("acl:relcl"))
            return -1;
        int noun = tree.head(clause);
        return noun >= 0 && tree.tag(noun).startsWith("NN") ? noun : -1;
    }
}
