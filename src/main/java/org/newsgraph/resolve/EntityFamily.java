package org.newsgraph.resolve;

import org.newsgraph.extract.EntityType;

/**
 * The coarse kind an entity's identity is keyed by: a country, a city and an "other location" named
 * France are one place, so all kinds of place share one family.
 */
public enum EntityFamily {
    PERSON, ORGANIZATION, PLACE;

    public static EntityFamily of(EntityType type) {
        return switch (type) {
            case PERSON -> PERSON;
            case ORGANIZATION -> ORGANIZATION;
            case COUNTRY, CITY, STATE_OR_PROVINCE, LOCATION -> PLACE;
        };
    }
}
