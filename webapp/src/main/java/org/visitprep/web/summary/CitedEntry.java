package org.visitprep.web.summary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A record entry a sentence cites, as a person reads it: what it is, its value and unit, its reference range, when,
 * and where it came from. Empty strings where the entry says nothing.
 *
 * @param kind the entry's kind, e.g. {@code OBSERVATION}, for the page to name
 * @param date when it happened, or null when the record does not say
 * @param source where it came from, e.g. "FHIR file alice.json"
 */
public record CitedEntry(
        UUID id, String kind, String what, String value, String unit, String range, LocalDate date, String source)
        implements Serializable {}
