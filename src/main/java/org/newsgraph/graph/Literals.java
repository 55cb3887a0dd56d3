package org.newsgraph.graph;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;
import org.newsgraph.extract.DateValue;

/** Typed literals, as the ontology and the shapes expect them. */
final class Literals {
    private Literals() {
    }

    static Literal nonNegative(long value) {
        if (value < 0)
            throw new IllegalArgumentException("a non-negative integer is needed, got " + value);
        return ResourceFactory.createTypedLiteral(Long.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }

    static Literal bool(boolean value) {
        return ResourceFactory.createTypedLiteral(Boolean.toString(value), XSDDatatype.XSDboolean);
    }

    /** A number as xsd:double (a decimal fraction in the everyday sense; the ontology declares ng:confidence xsd:double). */
    static Literal decimal(double value) {
        return ResourceFactory.createTypedLiteral(Double.toString(value), XSDDatatype.XSDdouble);
    }

    static Literal string(String value) {
        return ResourceFactory.createStringLiteral(value);
    }

    /** An instant as xsd:dateTime in UTC, to the millisecond. */
    static Literal dateTime(Instant instant) {
        return ResourceFactory.createTypedLiteral(DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS)),
                XSDDatatype.XSDdateTime);
    }

    /**
     * An ISO-8601 date ({@code 2020-02-27} → xsd:date) or date-time (with offset, zone or none, "T" or
     * a space between date and time → xsd:dateTime); empty when the text is neither.
     */
    static Optional<Literal> date(String text) {
        String t = text.strip();
        try {
            return Optional.of(typed(LocalDate.parse(t).format(DateTimeFormatter.ISO_LOCAL_DATE), XSDDatatype.XSDdate));
        } catch (DateTimeParseException notADate) {
            // try the date-time forms
        }
        String dt = t.length() > 10 && t.charAt(10) == ' ' ? t.substring(0, 10) + "T" + t.substring(11) : t;
        try {
            return Optional.of(typed(OffsetDateTime.parse(dt).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    XSDDatatype.XSDdateTime));
        } catch (DateTimeParseException notOffset) {
            // next form
        }
        try {
            return Optional.of(typed(ZonedDateTime.parse(dt).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    XSDDatatype.XSDdateTime));
        } catch (DateTimeParseException notZoned) {
            // next form
        }
        try {
            return Optional.of(typed(LocalDateTime.parse(dt).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                    XSDDatatype.XSDdateTime));
        } catch (DateTimeParseException notLocal) {
            return Optional.empty();
        }
    }

    /** A day as xsd:date. */
    static Literal day(LocalDate day) {
        return typed(day.format(DateTimeFormatter.ISO_LOCAL_DATE), XSDDatatype.XSDdate);
    }

    /** A day as xsd:date, a month as xsd:gYearMonth, a year as xsd:gYear; empty for an interval. */
    static Optional<Literal> dateValue(DateValue value) {
        return switch (value.precision()) {
            case DAY -> Optional.of(day(value.first()));
            case MONTH -> Optional.of(typed(value.iso(), XSDDatatype.XSDgYearMonth));
            case YEAR -> Optional.of(typed(value.iso(), XSDDatatype.XSDgYear));
            case INTERVAL -> Optional.empty();
        };
    }

    private static Literal typed(String lexical, XSDDatatype type) {
        if (!type.isValid(lexical))
            throw new IllegalStateException("'" + lexical + "' is not a valid " + type.getURI());
        return ResourceFactory.createTypedLiteral(lexical, type);
    }
}
