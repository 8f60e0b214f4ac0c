package org.visitprep.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.visitprep.database.OnEachDatabase;
import org.visitprep.database.TestDatabase;

/** Data keys kept in the database, on H2 and on PostgreSQL, read back by services that share nothing in memory. */
class PatientKeyPersistenceTest {

    private static final String PURPOSE = "observation.resource";
    private static final byte[] RESULT =
            "{\"resourceType\":\"Observation\",\"valueQuantity\":{\"value\":6.9}}".getBytes(UTF_8);

    /** The same master key for every test of this class that uses the run's shared database. */
    private static final MasterKeyring RING = TestKeys.ringWithNewKey("persistence-test");

    /** A stored row of {@code patient_data_key}, as JDBC reads it. */
    private record Row(int keyVersion, byte[] wrappedKey, String masterKeyId, boolean active) {}

    /** Runs the work with a cipher over a fresh cache, as a new service instance (or another node) would. */
    private static <T> T withNewService(TestDatabase database, MasterKeyring ring, Function<HealthDataCipher, T> work) {
        DataKeyCache freshCache = new DataKeyCache();
        return database.fetchInTransaction(entityManager -> work.apply(new HealthDataCipher(
                new PatientKeys(new JpaPatientDataKeys(entityManager), ring, freshCache, TestKeys.RANDOM),
                TestKeys.RANDOM)));
    }

    private static <T> T withKeys(TestDatabase database, MasterKeyring ring, Function<PatientKeys, T> work) {
        return database.fetchInTransaction(entityManager -> work.apply(
                new PatientKeys(new JpaPatientDataKeys(entityManager), ring, new DataKeyCache(), TestKeys.RANDOM)));
    }

    private static List<Row> rowsOf(TestDatabase database, UUID patientId) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement("select key_version, wrapped_key,"
                        + " master_key_id, active from patient_data_key where patient_id = ? order by key_version")) {
            select.setObject(1, patientId);
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getInt(1), result.getBytes(2), result.getString(3), result.getBoolean(4)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unwrappedKey(TestDatabase database, MasterKeyring ring, UUID patientId, int version) {
        return withKeys(
                database,
                ring,
                keys -> keys.openingKey(patientId, version).sealingKey().getEncoded());
    }

    @OnEachDatabase
    void aPatientsKeyIsStoredWrappedAndOpensTheirDataInANewServiceInstance(TestDatabase database) {
        UUID patient = UUID.randomUUID();
        byte[] sealed = withNewService(database, RING, cipher -> cipher.seal(patient, RESULT, PURPOSE));

        assertArrayEquals(RESULT, withNewService(database, RING, cipher -> cipher.open(patient, sealed, PURPOSE)));

        List<Row> rows = rowsOf(database, patient);
        assertEquals(1, rows.size());
        Row row = rows.getFirst();
        assertEquals(1, row.keyVersion());
        assertEquals("persistence-test", row.masterKeyId());
        assertTrue(row.active());
        assertEquals(12 + 32 + 16, row.wrappedKey().length);
        byte[] key = unwrappedKey(database, RING, patient, 1);
        assertEquals(32, key.length);
        assertFalse(TestKeys.sharesAnyEightBytes(row.wrappedKey(), key), "the stored bytes hold the key in clear");
    }

    @OnEachDatabase
    void aWrappedKeyCopiedToAnotherPatientsRowDoesNotUnwrap(TestDatabase database) throws SQLException {
        UUID alice = UUID.randomUUID();
        UUID mallory = UUID.randomUUID();
        byte[] alicesData = withNewService(database, RING, cipher -> cipher.seal(alice, RESULT, PURPOSE));
        withNewService(database, RING, cipher -> cipher.seal(mallory, RESULT, PURPOSE));
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update patient_data_key set wrapped_key = ? where patient_id = ?")) {
            update.setBytes(1, rowsOf(database, alice).getFirst().wrappedKey());
            update.setObject(2, mallory);
            assertEquals(1, update.executeUpdate());
        }

        var error = assertThrows(
                IllegalStateException.class,
                () -> withNewService(database, RING, cipher -> cipher.open(mallory, alicesData, PURPOSE)));
        assertTrue(error.getMessage().contains("does not unwrap"), error.getMessage());
    }

    @OnEachDatabase
    void aDataKeyRotationAddsAnActiveVersionAndTheOldOneStillOpens(TestDatabase database) {
        UUID patient = UUID.randomUUID();
        byte[] old = withNewService(database, RING, cipher -> cipher.seal(patient, RESULT, PURPOSE));
        byte[] indexBefore = withNewService(database, RING, cipher -> cipher.blindIndex(patient, "loinc|4548-4"));

        assertEquals(2, (int) withKeys(database, RING, keys -> keys.rotate(patient)));
        byte[] fresh = withNewService(database, RING, cipher -> cipher.seal(patient, RESULT, PURPOSE));

        assertEquals(2, HealthDataCipher.keyVersionOf(fresh));
        List<Row> rows = rowsOf(database, patient);
        assertEquals(List.of(1, 2), rows.stream().map(Row::keyVersion).toList());
        assertEquals(List.of(false, true), rows.stream().map(Row::active).toList());
        assertArrayEquals(RESULT, withNewService(database, RING, cipher -> cipher.open(patient, old, PURPOSE)));
        assertArrayEquals(RESULT, withNewService(database, RING, cipher -> cipher.open(patient, fresh, PURPOSE)));
        assertArrayEquals(
                indexBefore, withNewService(database, RING, cipher -> cipher.blindIndex(patient, "loinc|4548-4")));
        assertFalse(Arrays.equals(unwrappedKey(database, RING, patient, 1), unwrappedKey(database, RING, patient, 2)));
    }

    @OnEachDatabase
    void shreddingDeletesThePatientsKeysAndTheirDataNoLongerOpens(TestDatabase database) {
        UUID patient = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        byte[] sealed = withNewService(database, RING, cipher -> cipher.seal(patient, RESULT, PURPOSE));
        byte[] others = withNewService(database, RING, cipher -> cipher.seal(other, RESULT, PURPOSE));
        withKeys(database, RING, keys -> keys.rotate(patient));

        assertEquals(2, (int) withKeys(database, RING, keys -> keys.shred(patient)));

        assertTrue(rowsOf(database, patient).isEmpty());
        assertThrows(
                UnreadableHealthDataException.class,
                () -> withNewService(database, RING, cipher -> cipher.open(patient, sealed, PURPOSE)));
        assertArrayEquals(RESULT, withNewService(database, RING, cipher -> cipher.open(other, others, PURPOSE)));
    }

    @OnEachDatabase
    @SuppressWarnings("try") // the connection only keeps the H2 file open
    void aMasterKeyRotationRewrapsEveryDataKeyAndKeepsTheDataReadable(TestDatabase shared) throws SQLException {
        // A database of its own: the rotation re-wraps every data key in it, and other tests use other master keys.
        try (TestDatabase database = TestDatabase.create(shared.kind());
                Connection keepOpenToo = database.dataSource().getConnection()) {
            String oldValue = TestKeys.randomMasterKeyValue();
            String newValue = TestKeys.randomMasterKeyValue();
            MasterKeyring before = TestKeys.ring(TestKeys.settings("2026-05", oldValue, null));
            MasterKeyring during = TestKeys.ring(TestKeys.settings("2026-11", newValue, "2026-05:" + oldValue));
            MasterKeyring after = TestKeys.ring(TestKeys.settings("2026-11", newValue, null));
            List<UUID> patients = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
            Map<UUID, byte[]> sealed = new HashMap<>();
            for (UUID patient : patients) {
                sealed.put(patient, withNewService(database, before, cipher -> cipher.seal(patient, RESULT, PURPOSE)));
            }
            withKeys(database, before, keys -> keys.rotate(patients.getFirst()));
            byte[] keyBefore = unwrappedKey(database, before, patients.getFirst(), 1);
            byte[] wrappedBefore =
                    rowsOf(database, patients.getFirst()).getFirst().wrappedKey();

            var missingOldKey = assertThrows(
                    IllegalStateException.class,
                    () -> withNewService(
                            database,
                            after,
                            cipher -> cipher.open(patients.getFirst(), sealed.get(patients.getFirst()), PURPOSE)));
            assertTrue(
                    missingOldKey.getMessage().contains("'2026-05', which is not configured"),
                    missingOldKey.getMessage());
            assertTrue(
                    missingOldKey.getMessage().contains(MasterKeyring.PREVIOUS_MASTER_KEYS),
                    missingOldKey.getMessage());

            int rewrapped = 0;
            for (int batch = 1; batch > 0; rewrapped += batch) {
                batch = withKeys(database, during, keys -> keys.rewrapUnderCurrentMasterKey(2));
            }

            assertEquals(4, rewrapped);
            assertEquals(0, (int) withKeys(database, during, keys -> keys.rewrapUnderCurrentMasterKey(2)));
            for (UUID patient : patients) {
                assertTrue(rowsOf(database, patient).stream()
                        .allMatch(row -> row.masterKeyId().equals("2026-11")));
                assertArrayEquals(
                        RESULT,
                        withNewService(database, after, cipher -> cipher.open(patient, sealed.get(patient), PURPOSE)));
            }
            assertArrayEquals(keyBefore, unwrappedKey(database, after, patients.getFirst(), 1));
            assertNotEquals(
                    ByteBuffer.wrap(wrappedBefore),
                    ByteBuffer.wrap(
                            rowsOf(database, patients.getFirst()).getFirst().wrappedKey()));
            assertEquals(
                    List.of(false, true),
                    rowsOf(database, patients.getFirst()).stream()
                            .map(Row::active)
                            .toList());
        }
    }
}
