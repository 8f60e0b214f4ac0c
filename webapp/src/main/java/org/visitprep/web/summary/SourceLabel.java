package org.visitprep.web.summary;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.visitprep.record.PatientRecord;
import org.visitprep.visit.print.SourceLabels;

/** A cited entry in one line, as the notes of a printed summary list it: "HbA1c, 7.2 %, 12 Mar 2026, FHIR file". */
public final class SourceLabel {

    private SourceLabel() {}

    public static String of(CitedEntry entry, Locale locale) {
        String value = (entry.value() + " " + entry.unit()).strip();
        String date = entry.date() == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(entry.date());
        return Stream.of(entry.what(), value, date, entry.source())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }

    /** The labels of the entries of a patient's record, for the printed summary's list of sources. */
    public static SourceLabels from(PatientRecord record, Locale locale) {
        return (UUID entryId) ->
                record.entry(entryId).map(CitedEntries::describe).map(entry -> of(entry, locale));
    }

    /** The label of one entry, if the record holds it. */
    public static Optional<String> of(PatientRecord record, UUID entryId, Locale locale) {
        return from(record, locale).labelOf(entryId);
    }
}
