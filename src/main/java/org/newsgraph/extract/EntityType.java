package org.newsgraph.extract;

/** The kinds of entity newsgraph keeps. Places keep CoreNLP's finer kinds. */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, CITY, STATE_OR_PROVINCE, LOCATION;

    public boolean isPlace() {
        return this == COUNTRY || this == CITY || this == STATE_OR_PROVINCE || this == LOCATION;
    }
}
