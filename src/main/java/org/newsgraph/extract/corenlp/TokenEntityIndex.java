package org.newsgraph.extract.corenlp;

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

    /**
     * @param sentenceLengths the number of tokens in each sentence
     * @param mentions        each mention draft with its entity id
     */
    TokenEntityIndex(int[] sentenceLengths, Map<MentionDraft, String> mentions) {
        ids = new String[sentenceLengths.length][];
        for (int s = 0; s < sentenceLengths.length; s++)
            ids[s] = new String[sentenceLengths[s]];
        List<Map.Entry<MentionDraft, String>> byLength = new ArrayList<>(mentions.entrySet());
        byLength.sort(Comparator.comparingInt((Map.Entry<MentionDraft, String> e) -> e.getKey().tokenLength()).reversed());
        for (Map.Entry<MentionDraft, String> e : byLength) {
            MentionDraft m = e.getKey();
            for (int t = m.tokenBegin(); t < m.tokenEnd() && t < ids[m.sentence()].length; t++)
                ids[m.sentence()][t] = e.getValue();
        }
    }

    @Override
    public Optional<String> entityAt(int sentenceIndex, int tokenIndex) {
        if (sentenceIndex < 0 || sentenceIndex >= ids.length || tokenIndex < 0 || tokenIndex >= ids[sentenceIndex].length)
            return Optional.empty();
        return Optional.ofNullable(ids[sentenceIndex][tokenIndex]);
    }
}
