package org.visitprep.record.storage;

import java.time.Instant;
import java.util.UUID;

/**
 * An import and whom its Patient resource describes, for a record that holds more than one person: the patient sees
 * which import is about whom and can remove the one about someone else.
 *
 * @param about the person's name and birth date as the file gives them ("Jane Doe, 1961-05-12")
 * @param recordsPerson whether it is the account holder: the person of their profile, or without one, the record's
 *     person
 */
public record ImportAbout(UUID importId, String fileName, Instant startedAt, String about, boolean recordsPerson) {}
