package org.visitprep.record.storage;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import org.visitprep.crypto.DataKeyCache;
import org.visitprep.crypto.JpaPatientDataKeys;
import org.visitprep.crypto.MasterKeyring;
import org.visitprep.crypto.PatientKeys;
import org.visitprep.database.TestDatabase;
import org.visitprep.ehr.pull.PulledRecord;
import org.visitprep.record.Imports;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.reading.ImportSource;
import org.visitprep.record.reading.SourceKind;

/**
 * The record store over a test database, wired as the container wires it but with plain classes: local
 * transactions, keys read and issued through an entity manager of the test's, the tests' shared importer.
 */
public final class TestRecordStore {

    static final String EHR_NAME = "Sandbox Clinic EHR";
    static final String EHR_ISS = "https://ehr.example.org/fhir";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One master key for every test of the run: the databases are shared between test classes. */
    private static final MasterKeyring RING = MasterKeyring.fromSettings(name -> Optional.ofNullable(Map.of(
                    MasterKeyring.MASTER_KEY_ID,
                    "record-storage-test",
                    MasterKeyring.MASTER_KEY,
                    Base64.getEncoder().encodeToString(randomBytes(32)))
            .get(name)));

    private final TestDatabase database;
    private final RecordCiphers ciphers;
    private final RecordImportProcess process;

    public TestRecordStore(TestDatabase database) {
        this(database, ForkJoinPool.commonPool());
    }

    /** A store whose imports seal with helpers from the given executor. */
    TestRecordStore(TestDatabase database, Executor helpers) {
        this.database = database;
        this.ciphers = new RecordCiphers(
                RING,
                RANDOM,
                patientId -> database.fetchInTransaction(em -> new JpaPatientDataKeys(em).of(patientId)),
                patientId -> database.inTransaction(
                        em -> new PatientKeys(new JpaPatientDataKeys(em), RING, new DataKeyCache(), RANDOM)
                                .issueFirstKeyIfAbsent(patientId)));
        this.process = new RecordImportProcess(
                Imports.IMPORTER, new LocalTransactions(database.dataSource()), ciphers, helpers, 2, Clock.systemUTC());
    }

    RecordPersonKeeper keeper() {
        return new RecordPersonKeeper(new LocalTransactions(database.dataSource()), ciphers, Clock.systemUTC());
    }

    /**
     * Saves a file read in full the way imports did before they checked whom a file is about: into any record,
     * whoever it describes. For the tests of records built so.
     */
    ImportCounts saveTheOldWay(UUID patientId, ImportResult result) {
        RecordCipher cipher = ciphers.forWriting(patientId);
        var tracker = trackerFor(patientId, result.fileName());
        var report = new ImportReport(
                result.fileName(),
                result.formatLabel(),
                result.fileSha256(),
                result.countsByKind(),
                0,
                List.of(),
                false);
        var row = new ImportWriter.ImportRow(
                tracker.importId(), result.kind(), ImportState.DONE, tracker.startedAt(), report);
        return new LocalTransactions(database.dataSource())
                .inNewTransaction(
                        connection -> new ImportWriter(connection, cipher, Runnable::run, 1, Clock.systemUTC())
                                .save(row, result.entries(), tracker));
    }

    RecordCiphers ciphers() {
        return ciphers;
    }

    RecordImportProcess process() {
        return process;
    }

    static ImportTracker trackerFor(UUID patientId, String fileName) {
        return new ImportTracker(UUID.randomUUID(), patientId, fileName, SourceKind.DETECT, Clock.systemUTC());
    }

    public ImportStatus importFile(UUID patientId, Path file) {
        try {
            return process.run(
                    trackerFor(patientId, file.getFileName().toString()), ImportSource.ofFile(file, SourceKind.DETECT));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public ImportStatus importBytes(UUID patientId, String fileName, byte[] content) {
        return process.run(trackerFor(patientId, fileName), ImportSource.ofBytes(fileName, content, SourceKind.DETECT));
    }

    /** Imports a bundle the way a pull from the EHR {@link #EHR_NAME} at {@link #EHR_ISS} does. */
    ImportStatus importPulled(UUID patientId, byte[] bundle) {
        var pulled = new PulledRecord(
                EHR_NAME, EHR_ISS, bundle, 0, Map.of(), PulledRecord.PullPath.EVERYTHING, Instant.now());
        return process.run(trackerFor(patientId, EHR_NAME), pulled.importSource());
    }

    ImportStatus save(UUID patientId, ImportResult result) {
        return process.save(trackerFor(patientId, result.fileName()), result, false);
    }

    /** Runs the work on the patient's record, open for the length of one entity manager. */
    public <T> T withRecord(UUID patientId, Function<PatientRecord, T> work) {
        EntityManager entityManager = database.entityManagerFactory().createEntityManager();
        try {
            return work.apply(PatientRecords.open(patientId, entityManager, ciphers));
        } finally {
            entityManager.close();
        }
    }

    List<ImportStatus> imports(UUID patientId) {
        return withLog(patientId, ImportLog::all);
    }

    Optional<ImportStatus> importOf(UUID patientId, UUID importId) {
        return withLog(patientId, log -> log.find(importId));
    }

    private <T> T withLog(UUID patientId, Function<ImportLog, T> work) {
        EntityManager entityManager = database.entityManagerFactory().createEntityManager();
        try {
            return work.apply(new ImportLog(patientId, entityManager, ciphers.forReading(patientId)));
        } finally {
            entityManager.close();
        }
    }

    long count(String sqlReturningOneNumber, UUID patientId) {
        try (Connection connection = database.dataSource().getConnection();
                var statement = connection.prepareStatement(sqlReturningOneNumber)) {
            statement.setObject(1, patientId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long entryRows(UUID patientId) {
        return count("select count(*) from record_entry where patient_id = ?", patientId);
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
