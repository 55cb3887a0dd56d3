package org.newsgraph.extract;

/** How a mention denotes its entity. */
public enum MentionKind {
    /** a proper name: "Liang Hua", "Huawei" */
    NAME,
    /** a common noun phrase: "the company", "the tech giant" */
    NOMINAL,
    /** a pronoun: "he", "its" */
    PRONOUN
}
