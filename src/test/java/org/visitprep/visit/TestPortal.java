package org.visitprep.visit;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.visitprep.crypto.DataKeyCache;
import org.visitprep.crypto.HealthDataCipher;
import org.visitprep.crypto.JpaPatientDataKeys;
import org.visitprep.crypto.MasterKeyring;
import org.visitprep.crypto.PatientKeys;
import org.visitprep.crypto.PatientSealer;
import org.visitprep.database.TestDatabase;
import org.visitprep.identity.JpaUserAccounts;
import org.visitprep.identity.Role;
import org.visitprep.identity.TestAccounts;
import org.visitprep.record.InMemoryPatientRecord;
import org.visitprep.sharing.JpaAccessEvents;
import org.visitprep.sharing.JpaCareTeams;
import org.visitprep.sharing.JpaShareGrants;
import org.visitprep.sharing.Sharing;
import org.visitprep.summary.verify.DraftVerifier;

/**
 * The visit and sharing services over a test database, as the container runs them: each call in a transaction of
 * its own, health data sealed under a fresh random master key, time from a clock the test moves.
 */
public final class TestPortal implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    public final MovableClock clock;
    /** How many times the sharing service opened a patient's record to compute a summary's review. */
    public final AtomicInteger recordsOpenedForReviews = new AtomicInteger();

    private final TestDatabase database;
    private final MasterKeyring masterKeys;
    /** Keeps an H2 file database open between transactions, as the container's pool does. */
    private final Connection keepOpen;

    public TestPortal(TestDatabase database, Instant now) {
        this.database = database;
        this.clock = new MovableClock(now);
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        this.masterKeys = MasterKeyring.fromSettings(name -> Optional.ofNullable(Map.of(
                        MasterKeyring.MASTER_KEY_ID,
                        "visit-tests",
                        MasterKeyring.MASTER_KEY,
                        Base64.getEncoder().encodeToString(key))
                .get(name)));
        try {
            this.keepOpen = database.dataSource().getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sealing through the data keys in the database; a fresh cache, as after any rollback. */
    public PatientSealer sealer(EntityManager entityManager) {
        return PatientSealer.using(new HealthDataCipher(
                new PatientKeys(new JpaPatientDataKeys(entityManager), masterKeys, new DataKeyCache(), RANDOM),
                RANDOM));
    }

    public Visits visits(EntityManager entityManager) {
        return new Visits(
                new JpaVisitPreparations(entityManager),
                new JpaSummaryVersions(entityManager),
                new JpaUserAccounts(entityManager),
                sealer(entityManager),
                DraftVerifier.standard(),
                clock);
    }

    public Sharing sharing(EntityManager entityManager) {
        return new Sharing(
                new JpaShareGrants(entityManager),
                new JpaAccessEvents(entityManager),
                new JpaCareTeams(entityManager),
                new JpaVisitPreparations(entityManager),
                new JpaSummaryVersions(entityManager),
                new JpaUserAccounts(entityManager),
                sealer(entityManager),
                patientId -> {
                    recordsOpenedForReviews.incrementAndGet();
                    return InMemoryPatientRecord.of(patientId, "test", List.of());
                },
                clock);
    }

    /** Calls the visit service in a transaction of its own. */
    public <T> T visits(Function<Visits, T> call) {
        return database.fetchInTransaction(entityManager -> call.apply(visits(entityManager)));
    }

    /** Calls the sharing service in a transaction of its own. */
    public <T> T sharing(Function<Sharing, T> call) {
        return database.fetchInTransaction(entityManager -> call.apply(sharing(entityManager)));
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        return database.fetchInTransaction(work);
    }

    public UUID patient(String name) {
        return inTransaction(entityManager -> TestAccounts.add(entityManager, Role.PATIENT, name));
    }

    public UUID clinician(String name) {
        return inTransaction(entityManager -> TestAccounts.add(entityManager, Role.CLINICIAN, name));
    }

    /** Every column of the rows a query selects, as JDBC reads them: strings, and bytes for binary columns. */
    public List<List<Object>> rows(String sql, Object... parameters) {
        try (PreparedStatement select = keepOpen.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                ResultSetMetaData columns = result.getMetaData();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int column = 1; column <= columns.getColumnCount(); column++) {
                        Object value = result.getObject(column);
                        row.add(value instanceof byte[] ? value : String.valueOf(value));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether any cell of the rows holds the text: in a string, or as UTF-8 in bytes. */
    public static boolean anyCellHolds(List<List<Object>> rows, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        return rows.stream()
                .flatMap(List::stream)
                .anyMatch(cell -> cell instanceof byte[] bytes
                        ? indexOf(bytes, needle) >= 0
                        : cell.toString().contains(text));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Prepares a visit with the practice "Sandbox Clinic", has the English draft generated, and approves it. */
    public UUID approvedVisit(UUID patientId, ZonedDateTime appointment, Agenda agenda) {
        VisitForm form = new VisitForm(
                appointment, CareContact.practice("sandbox-clinic", "Sandbox Clinic"), "Diabetes follow-up", agenda);
        UUID visitId = visits(visits -> visits.prepare(patientId, form).value().id());
        GenerationTicket ticket =
                visits(visits -> visits.startGeneration(patientId, visitId).value());
        visits(visits ->
                visits.completeGeneration(ticket, EngineDrafts.english()).value());
        visits(visits -> visits.approve(patientId, visitId).value());
        return visitId;
    }

    @Override
    public void close() throws SQLException {
        keepOpen.close();
    }
}
