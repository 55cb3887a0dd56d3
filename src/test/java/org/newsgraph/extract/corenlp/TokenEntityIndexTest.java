package org.newsgraph.extract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.MentionKind;

/** Token → entity lookup on hand-made mentions: "Huawei 's chairman said" with nested mentions. */
class TokenEntityIndexTest {

    @Test
    void theInnermostMentionWinsAndTokensOutsideMentionsHaveNoEntity() {
        Map<MentionDraft, String> mentions = new IdentityHashMap<>();
        // sentence 1: "Huawei 's chairman said": the nominal "Huawei 's chairman" (person e2) holds "Huawei" (e1)
        mentions.put(new MentionDraft(1, 0, 3, 20, 37, MentionKind.NOMINAL, null, null), "e2");
        mentions.put(new MentionDraft(1, 0, 1, 20, 26, MentionKind.NAME, EntityType.ORGANIZATION, null), "e1");
        TokenEntityIndex index = new TokenEntityIndex(new int[] { 3, 4 }, mentions);

        assertEquals(Optional.of("e1"), index.entityAt(1, 0));
        assertEquals(Optional.of("e2"), index.entityAt(1, 1));
        assertEquals(Optional.of("e2"), index.entityAt(1, 2));
        assertEquals(Optional.empty(), index.entityAt(1, 3));
        assertEquals(Optional.empty(), index.entityAt(0, 0));
        assertEquals(Optional.empty(), index.entityAt(2, 0), "out of range is no entity, not an error");
        assertEquals(Optional.empty(), index.entityAt(1, -1));
    }
}
