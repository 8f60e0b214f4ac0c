package org.visitprep.benchmarks;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.visitprep.crypto.DataKeyCache;
import org.visitprep.crypto.JpaPatientDataKeys;
import org.visitprep.crypto.MasterKeyring;
import org.visitprep.crypto.PatientKeys;
import org.visitprep.database.TestDatabase;
import org.visitprep.record.Coding;
import org.visitprep.record.EntryKind;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.importing.RecordImporter;
import org.visitprep.record.reading.ImportSource;
import org.visitprep.record.reading.SourceKind;
import org.visitprep.record.storage.ImportState;
import org.visitprep.record.storage.ImportStatus;
import org.visitprep.record.storage.ImportTracker;
import org.visitprep.record.storage.LocalTransactions;
import org.visitprep.record.storage.PatientRecords;
import org.visitprep.record.storage.RecordCiphers;
import org.visitprep.record.storage.RecordImportProcess;

/**
 * Imports the patient file into the record store of one database through {@link RecordImportProcess}, the code the
 * server runs (read, normalize, seal, save in one transaction), once to warm up and then a few times, each into a
 * new patient's record; then imports it again into a record that holds it, and times the reads a visit summary
 * makes.
 */
final class ImportBenchmark {

    private static final int ROUNDS = 5;
    private static final int READ_ROUNDS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<Coding> TRENDS = List.of(
            new Coding(Coding.LOINC, "4548-4", null), new Coding(Coding.LOINC, "2339-0", null),
            new Coding(Coding.LOINC, "38483-4", null), new Coding(Coding.LOINC, "18262-6", null),
            new Coding(Coding.LOINC, "85354-9", null), new Coding(Coding.LOINC, "29463-7", null));

    private final TestDatabase database;
    private final Path patientFile;
    private final HapiParseBaseline baseline;
    private final String prefix;
    private final RecordCiphers ciphers;
    private final RecordImportProcess process;

    ImportBenchmark(
            TestDatabase database,
            RecordImporter importer,
            Executor executor,
            Path patientFile,
            HapiParseBaseline baseline) {
        this.database = database;
        this.patientFile = patientFile;
        this.baseline = baseline;
        this.prefix = "import." + database.kind().name().toLowerCase(Locale.ROOT);
        MasterKeyring ring = MasterKeyring.fromSettings(name -> Optional.ofNullable(Map.of(
                        MasterKeyring.MASTER_KEY_ID,
                        "benchmark",
                        MasterKeyring.MASTER_KEY,
                        Base64.getEncoder().encodeToString(randomKey()))
                .get(name)));
        this.ciphers = new RecordCiphers(
                ring,
                RANDOM,
                patientId -> database.fetchInTransaction(em -> new JpaPatientDataKeys(em).of(patientId)),
                patientId -> database.inTransaction(
                        em -> new PatientKeys(new JpaPatientDataKeys(em), ring, new DataKeyCache(), RANDOM)
                                .issueFirstKeyIfAbsent(patientId)));
        this.process = new RecordImportProcess(
                importer,
                new LocalTransactions(database.dataSource()),
                ciphers,
                executor,
                RecordImportProcess.helpersBeside(Runtime.getRuntime().availableProcessors()),
                Clock.systemUTC());
    }

    void run() throws SQLException, IOException {
        String database = this.database.kind().name().toLowerCase(Locale.ROOT);
        // An H2 file database closes with its last connection; the server's pool keeps one open, and so does this.
        try (Connection keepOpen = this.database.dataSource().getConnection()) {
            importInto(UUID.randomUUID());
            double[] hapiSeconds = new double[ROUNDS];
            double[] importSeconds = new double[ROUNDS];
            long sampledPeak = 0;
            long livePeak = 0;
            UUID patient = null;
            int entries = 0;
            for (int round = 0; round < ROUNDS; round++) {
                hapiSeconds[round] = baseline.timeOneParse();
                UUID roundPatient = UUID.randomUUID();
                HeapPeak.Measured<Timed> measured = HeapPeak.of(() -> Timed.of(() -> importInto(roundPatient)));
                importSeconds[round] = measured.result().seconds();
                sampledPeak = Math.max(sampledPeak, measured.sampledPeakBytes());
                livePeak = Math.max(livePeak, measured.livePeakBytes());
                entries = measured.result().status().counts().added();
                patient = roundPatient;
            }
            double hapi = Figures.median(hapiSeconds);
            double median = Figures.median(importSeconds);
            Figures.note(String.format(
                    Locale.ROOT,
                    "%s: %,d entries saved per import; rounds, each after a HAPI" + " parse: HAPI %s s, import %s s",
                    this.database.kind(),
                    entries,
                    rounded(hapiSeconds),
                    rounded(importSeconds)));
            Figures.print("hapi.parse_bundle." + database + "_rounds.seconds", hapi, "s");
            Figures.print(prefix + ".seconds", median, "s");
            Figures.print(prefix + ".ratio_vs_hapi_parse", median / hapi, "x");
            Figures.print(prefix + ".peak_heap", sampledPeak / 1048576.0, "MB");
            Figures.print(prefix + ".peak_live_heap", livePeak / 1048576.0, "MB");

            UUID again = patient;
            long start = System.nanoTime();
            ImportStatus reimport = importInto(again);
            Figures.print(prefix + ".reimport_unchanged.seconds", (System.nanoTime() - start) / 1e9, "s");
            if (reimport.counts().unchanged() != entries) {
                throw new IllegalStateException("a re-import changed the record: " + reimport.counts());
            }
            Figures.print("read." + database + ".summary_reads.ms", summaryReadMillis(again), "ms");
            new SummaryBenchmark(this.database, ciphers).run(again, "summary." + database);
            new CostsBenchmark(this.database, ciphers).run(again);
        }
    }

    /** Only the summary's time: the file imported once, then drafted from the stored record. */
    void runSummaryOnly() throws SQLException {
        String database = this.database.kind().name().toLowerCase(Locale.ROOT);
        try (Connection keepOpen = this.database.dataSource().getConnection()) {
            UUID patient = UUID.randomUUID();
            importInto(patient);
            new SummaryBenchmark(this.database, ciphers).run(patient, "summary." + database);
            new CostsBenchmark(this.database, ciphers).run(patient);
        }
    }

    /** Only the costs page's times: the file imported once, untimed. */
    void runCostsOnly() throws SQLException {
        try (Connection keepOpen = this.database.dataSource().getConnection()) {
            UUID patient = UUID.randomUUID();
            importInto(patient);
            new CostsBenchmark(this.database, ciphers).run(patient);
        }
    }

    private ImportStatus importInto(UUID patient) {
        var tracker = new ImportTracker(
                UUID.randomUUID(), patient, patientFile.getFileName().toString(), SourceKind.FHIR, Clock.systemUTC());
        ImportStatus status;
        try {
            status = process.run(tracker, ImportSource.ofFile(patientFile, SourceKind.FHIR));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (status.state() != ImportState.DONE) {
            throw new IllegalStateException("the benchmark import did not succeed: " + status.summary(Locale.ENGLISH)
                    + " " + status.problemMessages(Locale.ENGLISH));
        }
        return status;
    }

    /**
     * The median time of the reads a visit summary makes of a record, each round with the record opened anew and
     * read in one transaction, as for a request: counts, the patient, the last two years of observations, encounters
     * and procedures, every medicine and condition, the latest lab and vital-sign result of each code, and six
     * trends.
     */
    private double summaryReadMillis(UUID patient) {
        double[] millis = new double[READ_ROUNDS];
        int entriesRead = 0;
        for (int round = -2; round < READ_ROUNDS; round++) {
            EntityManager entityManager = database.entityManagerFactory().createEntityManager();
            try {
                long start = System.nanoTime();
                entityManager.getTransaction().begin();
                PatientRecord record = PatientRecords.open(patient, entityManager, ciphers);
                Instant now = Instant.now();
                int read = record.countsByKind().size();
                read += record.patient().isPresent() ? 1 : 0;
                read += record.between(
                                EnumSet.of(EntryKind.OBSERVATION, EntryKind.ENCOUNTER, EntryKind.PROCEDURE),
                                now.minus(730, ChronoUnit.DAYS),
                                now)
                        .size();
                read += record.medications().size();
                read += record.conditions().size();
                read += record.latestObservationPerCode("laboratory").size();
                read += record.latestObservationPerCode("vital-signs").size();
                for (Coding code : TRENDS) {
                    read += record.observationsCoded(code).size();
                }
                entityManager.getTransaction().rollback();
                if (round >= 0) {
                    millis[round] = (System.nanoTime() - start) / 1e6;
                }
                entriesRead = read;
            } finally {
                if (entityManager.getTransaction().isActive()) {
                    entityManager.getTransaction().rollback();
                }
                entityManager.close();
            }
        }
        Figures.note(String.format(
                Locale.ROOT,
                "%s: a summary's reads open %,d entries; rounds %s ms",
                database.kind(),
                entriesRead,
                rounded(millis)));
        return Figures.median(millis);
    }

    /** An import's status and how long it took, timed within the heap measurement (which first collects). */
    private record Timed(ImportStatus status, double seconds) {
        static Timed of(Supplier<ImportStatus> work) {
            long start = System.nanoTime();
            ImportStatus status = work.get();
            return new Timed(status, (System.nanoTime() - start) / 1e9);
        }
    }

    private static String rounded(double[] values) {
        return Arrays.stream(values)
                .mapToObj(v -> String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.2f", v))
                .toList()
                .toString();
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }
}
