package org.newsgraph.extract;

/** What a cue does with its content. Each maps to a class of the ontology (ng:Statement, ...). */
public enum SpeechAct {
    STATEMENT, ANNOUNCEMENT, ACCUSATION, DENIAL, PROMISE, WARNING, BELIEF, QUESTION, REPORT;
}
