package org.newsgraph.extract.corenlp;

import org.newsgraph.extract.SpeechAct;

/**
 * A cue the rules found at token {@code cue} of a sentence, before the cue model has weighed it.
 *
 * @param origin the rule that found it ("verb", "verb-predicate", "stance", "noun", "adjective", "according",
 *               "poll", "headline" or "pattern"), which the model weighs as one of its features
 */
record CueCandidate(int cue, ClaimParts.Parts parts, SpeechAct act, String lemma, String origin) {
}
