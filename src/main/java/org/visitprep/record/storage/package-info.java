/**
 * The patients' stored records: imports run in the background and saved all or nothing
 * ({@link org.visitprep.record.storage.RecordImportService}), and each patient's record read back through
 * {@link org.visitprep.record.PatientRecord} ({@link org.visitprep.record.storage.PatientRecords}).
 *
 * <p>Importing again never duplicates: an entry's id is the blind index of its identity, so an entry of a later file
 * that the record holds as it is is left alone, and one that the record holds in another version (its original
 * differs) replaces it in place, under the same id, so that citations of it stay valid. An import only adds and
 * replaces: entries that a later file no longer holds stay in the record.
 *
 * <p>One person per record: the import's transaction locks the record, then compares whom the file is about with the
 * record's person, kept sealed in {@code record_person} ({@link org.visitprep.record.person.PersonCheck}); a file
 * about someone else rolls the transaction back. {@link org.visitprep.record.storage.RecordPersons} exposes the
 * record's person, keeps the account's profile, and mends records built before the check that hold more than one
 * person (found at start-up by {@link org.visitprep.record.storage.RecordPersonReview}): removing one import keeps
 * the entries another import carried too ({@code record_entry_carrier}).
 *
 * <p>Nothing is stored in clear that says anything of a patient's health: an entry's detail and original are sealed
 * under the patient's data key, and what queries must find (the entry's identity, its code, its category) is a blind
 * index. Rows are written in JDBC batches, one transaction per import; they are read through JPA with queries that
 * filter by patient, kind, time and blind index first, so that only the entries asked for are opened. Nothing here
 * logs, or puts in an exception message, a value of the record or a file name.
 */
package org.visitprep.record.storage;
