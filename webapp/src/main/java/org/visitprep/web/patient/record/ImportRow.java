package org.visitprep.web.patient.record;

/**
 * One import as the history table shows it: what file, which kind and format, when, what it did and how it ended.
 *
 * @param file the name the patient gave the file
 * @param source the kind of source (FHIR, Apple Health, nutrition diary), in the person's language
 * @param format the format found, e.g. "FHIR R4 JSON Bundle (collection)", or empty
 * @param started when it was accepted
 * @param finished when it ended, or empty while it runs
 * @param counts what it did to the record, in a sentence
 * @param state how it ended or where it stands, in a word or two
 * @param done whether it was saved
 */
public record ImportRow(
        String file,
        String source,
        String format,
        String started,
        String finished,
        String counts,
        String state,
        boolean done) {}
