package org.newsgraph.extract.corenlp;

import org.newsgraph.extract.MentionKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps each token to the entity of the mention covering it. Where mentions nest ("Huawei's chairman"
 * holds "Huawei"), the innermost mention wins, so "Huawei" gives the company and "chairman" the person.
 */
final class TokenEntityIndex implements EntityLookup {
    private final String[][] ids;
    /** the entity of the name mention covering each token, or null */
    private final String[][] names;

    /**
     * @param sentenceLengths the number of tokens in each sentence
     * @param mentions        each mention draft with its entity id
     */
    TokenEntityIndex(int[] sentenceLengths, Map<MentionDraft, String> mentions) {
        ids = new String[sentenceLengths.length][];
        names = new String[sentenceLengths.length][];
        for (int s = 0; s < sentenceLengths.length; s++) {
            ids[s] = new String[sentenceLengths[s]];
            names[s] = new String[sentenceLengths[s]];
        }
        List<Map.Entry<MentionDraft, String>> byLength = new ArrayList<>(mentions.entrySet());
        byLength.sort(Comparator.comparingInt((Map.Entry<MentionDraft, String> e) -> e.getKey().tokenLength()).reversed());
        for (Map.Entry<MentionDraft, String> e : byLength) {
            MentionDraft m = e.getKey();
            for (int t = m.tokenBegin(); t < m.tokenEnd() && t < ids[m.sentence()].length; t++) {
                ids[m.sentence()][t] = e.getValue();
                if (m.kind() == MentionKind.NAME)
                    names[m.sentence()][t] = e.getValue();
            }
        }
    }

    @Override
    public Optional<String> entityAt(int sentenceIndex, int tokenIndex) {
        if (sentenceIndex < 0 || sentenceIndex >= ids.length || tokenIndex < 0 || tokenIndex >= ids[sentenceIndex].length)
            return Optional.empty();
        return Optional.ofNullable(ids[sentenceIndex][tokenIndex]);
    }

    @Override
    public boolean namedBefore(String id, int sentenceIndex, int tokenIndex) {
        for (int s = 0; s <= sentenceIndex && s < names.length; s++)
            for (int t = 0; t < (s == sentenceIndex ? Math.min(tokenIndex, names[s].length) : names[s].length); t++)
                if (id.equals(names[s][t]))
                    return true;
        return false;
    }
}
