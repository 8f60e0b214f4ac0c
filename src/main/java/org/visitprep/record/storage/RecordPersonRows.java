package org.visitprep.record.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.record.person.PatientDescription;
import org.visitprep.record.person.Person;
import org.visitprep.record.person.PersonMatch;

/**
 * Reads and writes a patient's {@code record_person} row with JDBC, in the caller's transaction, sealed under the
 * patient's data key; and reads the people the record's stored Patient resources describe.
 *
 * <p>A record built before the record's person was kept has none stored: its person is then the one the Patient
 * resource of its earliest import describes, as if that import had named it (the rule for new records).
 */
final class RecordPersonRows {

    private static final String SELECT = "select person_sealed, profile_sealed from record_person where patient_id = ?";
    private static final String UPDATE_PERSON =
            "update record_person set person_sealed = ?, updated_at = ? where patient_id = ?";
    private static final String UPDATE_PROFILE =
            "update record_person set profile_sealed = ?, updated_at = ? where patient_id = ?";
    private static final String INSERT = "insert into record_person (patient_id, person_sealed, profile_sealed,"
            + " updated_at) values (?, ?, ?, ?)";
    private static final String STORED_PATIENTS = "select e.id, e.import_id, e.original_sealed from record_entry e"
            + " join record_import i on i.id = e.import_id where e.patient_id = ? and e.kind = 'PATIENT'"
            + " order by i.started_at, e.id";

    /** A Patient resource the record holds, the import that wrote it, and whom it describes. */
    record StoredPatient(UUID entryId, UUID importId, Person person) {}

    private final Connection connection;
    private final RecordCipher cipher;
    private final Clock clock;

    RecordPersonRows(Connection connection, RecordCipher cipher, Clock clock) {
        this.connection = connection;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** The record's person: the one stored, else the one its earliest stored Patient resource describes. */
    Optional<Person> recordPerson() throws SQLException {
        Optional<Person> stored = sealed(1).map(bytes -> PersonFormat.read(cipher.openPerson(bytes)));
        return stored.isPresent() ? stored : personOf(storedPatients());
    }

    /** What the identity provider says of the account, when it said anything. */
    Optional<Person> profile() throws SQLException {
        return sealed(2).map(bytes -> PersonFormat.read(cipher.openProfile(bytes)));
    }

    void keepPerson(Person person) throws SQLException {
        write(UPDATE_PERSON, cipher.sealPerson(PersonFormat.write(person)), true);
    }

    void forgetPerson() throws SQLException {
        write(UPDATE_PERSON, null, true);
    }

    void keepProfile(Person profile) throws SQLException {
        write(UPDATE_PROFILE, cipher.sealProfile(PersonFormat.write(profile)), false);
    }

    /** Every Patient resource the record holds, the earliest import's first. */
    List<StoredPatient> storedPatients() throws SQLException {
        List<StoredPatient> patients = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(STORED_PATIENTS)) {
            select.setObject(1, cipher.patientId());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    UUID entryId = rows.getObject(1, UUID.class);
                    byte[] original = OriginalFormat.read(cipher.openOriginal(entryId, rows.getBytes(3)))
                            .json();
                    patients.add(
                            new StoredPatient(entryId, rows.getObject(2, UUID.class), PatientDescription.of(original)));
                }
            }
        }
        return patients;
    }

    /**
     * The person of the earliest stored Patient resource, with what the later ones describing the same person add;
     * empty when the record holds none that describes anyone.
     */
    static Optional<Person> personOf(List<StoredPatient> patients) {
        Optional<Person> first = patients.stream()
                .map(StoredPatient::person)
                .filter(Person::isDescribed)
                .findFirst();
        if (first.isEmpty()) {
            return first;
        }
        Person person = first.get();
        for (StoredPatient patient : patients) {
            if (patient.person().compareWith(person) == PersonMatch.SAME) {
                person = person.learnedFrom(patient.person());
            }
        }
        return Optional.of(person);
    }

    private Optional<byte[]> sealed(int column) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setObject(1, cipher.patientId());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getBytes(column)) : Optional.empty();
            }
        }
    }

    private void write(String update, byte[] sealed, boolean person) throws SQLException {
        var now = ImportWriter.utc(clock.instant());
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setBytes(1, sealed);
            statement.setObject(2, now);
            statement.setObject(3, cipher.patientId());
            if (statement.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, cipher.patientId());
            insert.setBytes(2, person ? sealed : null);
            insert.setBytes(3, person ? null : sealed);
            insert.setObject(4, now);
            insert.executeUpdate();
        }
    }
}
