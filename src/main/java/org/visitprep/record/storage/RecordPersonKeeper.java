package org.visitprep.record.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.record.person.Person;
import org.visitprep.record.person.PersonMatch;
import org.visitprep.record.person.RecordPerson;

/**
 * Keeps the record's person and the account's profile, and mends records that hold more than one person (built before
 * every import checked whom it was about): finds them ({@link #reviewPending}), tells which import is about whom
 * ({@link #importsAbout}) and removes an import ({@link #remove}).
 *
 * <p>A plain class, the same in the container ({@link RecordPersons}) and in tests; every method runs in transactions
 * of its own and answers for the one patient it is given.
 */
public final class RecordPersonKeeper {

    private static final String PENDING_REVIEW = "select e.patient_id from record_entry e where e.kind = 'PATIENT'"
            + " and not exists (select 1 from record_person_review r where r.patient_id = e.patient_id)"
            + " group by e.patient_id having count(*) > 1";
    private static final String MARK_REVIEWED =
            "update record_person_review set reviewed_at = ?, mixed = ? where patient_id = ?";
    private static final String INSERT_REVIEW =
            "insert into record_person_review (patient_id, reviewed_at, mixed) values (?, ?, ?)";
    private static final String IS_MIXED = "select mixed from record_person_review where patient_id = ?";
    private static final String IMPORT_ROW =
            "select report_sealed, started_at, state from record_import where id = ? and patient_id = ?";

    private final StorageTransactions transactions;
    private final RecordCiphers ciphers;
    private final Clock clock;

    public RecordPersonKeeper(StorageTransactions transactions, RecordCiphers ciphers, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions);
        this.ciphers = Objects.requireNonNull(ciphers);
        this.clock = Objects.requireNonNull(clock);
    }

    /** What is known of the patient's identity; names empty while no import has named anyone. */
    public RecordPerson person(UUID patientId) {
        Optional<RecordCipher> cipher = ciphers.forReading(patientId);
        if (cipher.isEmpty()) {
            return new RecordPerson(patientId, List.of(), null, java.util.Set.of(), null, null);
        }
        return transactions.inNewTransaction(connection -> {
            var rows = new RecordPersonRows(connection, cipher.get(), clock);
            Optional<Person> person = rows.recordPerson();
            Optional<Person> profile = rows.profile();
            return new RecordPerson(
                    patientId,
                    person.map(Person::names).orElse(List.of()),
                    person.map(Person::birthDate).orElse(null),
                    person.map(Person::identifiers).orElse(java.util.Set.of()),
                    profile.flatMap(Person::mainName).orElse(null),
                    profile.map(Person::birthDate).orElse(null));
        });
    }

    /** Keeps what the identity provider says of the account at sign-in, when it differs from what is kept. */
    public void rememberProfile(UUID patientId, Person profile) {
        RecordCipher cipher = ciphers.forWriting(patientId);
        transactions.inNewTransaction(connection -> {
            var rows = new RecordPersonRows(connection, cipher, clock);
            if (!rows.profile().equals(Optional.of(profile))) {
                rows.keepProfile(profile);
            }
            return null;
        });
    }

    /**
     * Reviews, once each, up to {@code most} records not reviewed yet that hold more than one Patient resource, and
     * marks those whose Patient resources describe more than one person.
     *
     * @return how many records were reviewed and how many of them hold more than one person; never health data
     */
    public ReviewCounts reviewPending(int most) {
        List<UUID> pending = transactions.inNewTransaction(connection -> {
            List<UUID> patients = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(PENDING_REVIEW)) {
                select.setMaxRows(most);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        patients.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            return patients;
        });
        int mixed = 0;
        for (UUID patientId : pending) {
            if (review(patientId)) {
                mixed++;
            }
        }
        return new ReviewCounts(pending.size(), mixed);
    }

    /** How a start-up review went. */
    public record ReviewCounts(int reviewed, int mixed) {}

    /** Reviews one record now: whether it holds more than one person, which is kept for its record page. */
    public boolean review(UUID patientId) {
        Optional<RecordCipher> cipher = ciphers.forReading(patientId);
        if (cipher.isEmpty()) {
            return false;
        }
        return transactions.inNewTransaction(connection -> {
            boolean mixed = people(new RecordPersonRows(connection, cipher.get(), clock).storedPatients())
                            .size()
                    > 1;
            markReviewed(connection, patientId, mixed);
            return mixed;
        });
    }

    /**
     * The imports whose Patient resources describe someone, with whom, when the review found more than one person in
     * the record; empty otherwise (the record page then says nothing). Each is marked as the account holder's when
     * it matches the account's profile, or without a profile, the record's person.
     */
    public List<ImportAbout> importsAbout(UUID patientId) {
        Optional<RecordCipher> cipher = ciphers.forReading(patientId);
        if (cipher.isEmpty()) {
            return List.of();
        }
        return transactions.inNewTransaction(connection -> {
            if (!isMixed(connection, patientId)) {
                return List.of();
            }
            var rows = new RecordPersonRows(connection, cipher.get(), clock);
            Optional<Person> recordPerson = rows.profile()
                    .filter(Person::isDescribed)
                    .or(() -> {
                        try {
                            return rows.recordPerson();
                        } catch (SQLException e) {
                            throw RecordStorageException.of("Reading the record's person", e);
                        }
                    });
            Map<UUID, Person> byImport = new LinkedHashMap<>();
            for (RecordPersonRows.StoredPatient patient : rows.storedPatients()) {
                byImport.putIfAbsent(patient.importId(), patient.person());
            }
            List<ImportAbout> imports = new ArrayList<>();
            for (var entry : byImport.entrySet()) {
                Person person = entry.getValue();
                boolean same = recordPerson
                        .map(record -> person.compareWith(record) == PersonMatch.SAME)
                        .orElse(false);
                importRow(connection, cipher.get(), entry.getKey())
                        .ifPresent(row -> imports.add(new ImportAbout(
                                entry.getKey(),
                                row.fileName(),
                                row.startedAt(),
                                person.label().isEmpty() ? "?" : person.label(),
                                same)));
            }
            return imports;
        });
    }

    /**
     * Removes an import the patient saved: the entries whose current version it wrote go, unless another import
     * carried them too (they are then that import's, the latest of them, and keep their id and version); the
     * import stays in the history as {@link ImportState#REMOVED}. The record's person is then named again from the
     * Patient resources that remain, and the record reviewed again.
     *
     * @return false when the patient has no such saved import (nothing changed)
     */
    public boolean remove(UUID patientId, UUID importId) {
        Optional<RecordCipher> cipher = ciphers.forReading(patientId);
        if (cipher.isEmpty()) {
            return false;
        }
        boolean removed = transactions.inNewTransaction(
                connection -> new ImportRemoval(connection, patientId, clock).remove(importId)
                        && renamePerson(connection, cipher.get()));
        if (removed) {
            review(patientId);
        }
        return removed;
    }

    private boolean renamePerson(Connection connection, RecordCipher cipher) throws SQLException {
        var rows = new RecordPersonRows(connection, cipher, clock);
        rows.forgetPerson();
        Optional<Person> remaining = RecordPersonRows.personOf(rows.storedPatients());
        if (remaining.isPresent()) {
            rows.keepPerson(remaining.get());
        }
        return true;
    }

    /** The distinct people a record's Patient resources describe. */
    private static List<Person> people(List<RecordPersonRows.StoredPatient> patients) {
        List<Person> people = new ArrayList<>();
        for (RecordPersonRows.StoredPatient patient : patients) {
            Person person = patient.person();
            if (people.stream().noneMatch(known -> known.compareWith(person) == PersonMatch.SAME)) {
                people.add(person);
            }
        }
        return people;
    }

    private boolean isMixed(Connection connection, UUID patientId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(IS_MIXED)) {
            select.setObject(1, patientId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private void markReviewed(Connection connection, UUID patientId, boolean mixed) throws SQLException {
        var now = ImportWriter.utc(clock.instant());
        try (PreparedStatement update = connection.prepareStatement(MARK_REVIEWED)) {
            update.setObject(1, now);
            update.setBoolean(2, mixed);
            update.setObject(3, patientId);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_REVIEW)) {
            insert.setObject(1, patientId);
            insert.setObject(2, now);
            insert.setBoolean(3, mixed);
            insert.executeUpdate();
        }
    }

    private record ImportRowSeen(String fileName, Instant startedAt) {}

    private static Optional<ImportRowSeen> importRow(Connection connection, RecordCipher cipher, UUID importId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(IMPORT_ROW)) {
            select.setObject(1, importId);
            select.setObject(2, cipher.patientId());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || !ImportState.DONE.name().equals(row.getString(3))) {
                    return Optional.empty();
                }
                ImportReport report = ImportReport.fromJson(cipher.openReport(importId, row.getBytes(1)));
                return Optional.of(new ImportRowSeen(
                        report.fileName(),
                        row.getObject(2, java.time.OffsetDateTime.class).toInstant()));
            }
        }
    }
}
