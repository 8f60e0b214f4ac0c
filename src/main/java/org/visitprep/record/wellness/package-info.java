/**
 * Apple Health import: an {@code export.zip} or its {@code export.xml}, streamed (exports run to hundreds of MB)
 * through a hardened XML reader that accepts the export's internal DTD but never an entity, and turned into FHIR R4
 * Observations built with HAPI's model (their JSON is the entries' original).
 *
 * <p>Sparse measurements (body weight, height, BMI, resting heart rate, blood pressure) become one Observation each;
 * dense series become daily aggregates: steps and active energy per day (the largest per-source total, so an
 * iPhone and a Watch counting the same steps are not added up), heart rate per day (mean, minimum, maximum) and
 * minutes asleep per night (overlapping samples merged). Other sample types are counted as left out. Codes are
 * LOINC where one fits (see {@link org.visitprep.record.wellness.WellnessCode} for each code's source).
 *
 * <p>A zip is refused when it would unpack beyond the limits (total size, entry count, compression ratio) or holds
 * an entry whose path leaves the archive; only {@code apple_health_export/export.xml} (or {@code export.xml}) is
 * read.
 */
package org.visitprep.record.wellness;
