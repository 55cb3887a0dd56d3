package org.newsgraph.extract;

/**
 * What kind of source a claim's speaker is, as the text presents it. Each maps to an individual of the
 * ontology's {@code ng:SourceKind} (ng:PersonSource, ...). A pronoun that resolves to an entity takes the kind
 * of that entity; only an unresolved one is {@link #PRONOUN}.
 */
public enum SourceKind {
    /** a person the article names: "Liang Hua", "Kessler", or "the chairman" resolved to a named person */
    PERSON,
    /** an organisation the article names, or a nominal that resolves to one ("Huawei", "the company") */
    ORGANIZATION,
    /** a country, state or city speaking as its government: "The US accused", "China said" */
    GOVERNMENT,
    /** a newspaper, news agency or broadcaster: "The Post", "Reuters", "the newspaper" */
    PUBLICATION,
    /**
     * unnamed people who speak for an office or institution: "officials", "US officials", "a government
     * spokesman", "the ministry", "police", "authorities"
     */
    OFFICIALS,
    /** unnamed people who speak for no office: "a source", "sources familiar with the matter", "one person", "critics" */
    ANONYMOUS,
    /** a text rather than a speaker: "the report", "a statement", "court documents", "the study" */
    DOCUMENT,
    /** a pronoun not resolved to any entity: "he said" where nobody is found for "he" */
    PRONOUN,
    /** no speaker, or one of none of the kinds above */
    UNKNOWN
}
