package org.visitprep.record.storage;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import org.visitprep.record.importing.ImportOutcome;
import org.visitprep.record.importing.ImportRefusal;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.importing.RecordImporter;
import org.visitprep.record.person.PersonCheck;
import org.visitprep.record.reading.ImportSource;
import org.visitprep.record.reading.SourceKind;

/**
 * One import from file to record, all or nothing: the whole file is read and normalized first (nothing is stored
 * yet), then, in one transaction that first locks the record, whom the file is about is compared with the record's
 * person ({@link PersonCheck}: a file about someone else is refused there), and every entry is sealed and saved. A refused file, or a failure while saving, leaves
 * the record as it was; either way the import's row in {@code record_import} says what came of it.
 *
 * <p>A plain class, the same in the container (run by {@link RecordImportService} on a background thread) and in
 * tools and benchmarks; it holds no state between imports.
 */
public final class RecordImportProcess {

    private static final Logger LOG = Logger.getLogger(RecordImportProcess.class.getName());

    private final RecordImporter importer;
    private final StorageTransactions transactions;
    private final RecordCiphers ciphers;
    private final Executor executor;
    private final int helpers;
    private final Clock clock;

    /**
     * @param executor runs the helpers that read and seal entries beside the importing thread (the container's
     *     managed executor); the importing thread does what no helper has started, so a saturated executor only slows
     *     an import
     * @param helpers how many helpers seal at once, see {@link #helpersBeside}
     */
    public RecordImportProcess(
            RecordImporter importer,
            StorageTransactions transactions,
            RecordCiphers ciphers,
            Executor executor,
            int helpers,
            Clock clock) {
        this.importer = Objects.requireNonNull(importer);
        this.transactions = Objects.requireNonNull(transactions);
        this.ciphers = Objects.requireNonNull(ciphers);
        this.executor = Objects.requireNonNull(executor);
        this.helpers = helpers;
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * How many helpers should seal beside the thread that writes, on a machine of the given processors: one fewer, so
     * that the writing thread, which the database's work keeps busy, has a processor of its own.
     */
    public static int helpersBeside(int processors) {
        return Math.max(1, processors - 1);
    }

    /**
     * Imports the file into the tracker's patient's record, on the calling thread. Never throws for a bad file or a
     * failed save: the tracker ends {@link ImportState#DONE}, {@link ImportState#REFUSED} or
     * {@link ImportState#FAILED}, and the answer is its final status.
     */
    public ImportStatus run(ImportTracker tracker, ImportSource source) {
        tracker.reading();
        ImportOutcome outcome;
        try {
            outcome = importer.read(source, tracker);
        } catch (RuntimeException e) {
            return failed(tracker, source.declaredKind(), ImportReport.ofFile(tracker.fileName()), 0, e);
        }
        return switch (outcome) {
            case ImportRefusal refusal -> refused(tracker, source.declaredKind(), refusal);
            case ImportResult result -> save(tracker, result, source.sourceSystem() != null);
        };
    }

    /**
     * Saves a file read in full; the second half of {@link #run}.
     *
     * @param fromRecordsSystem whether it was pulled from an EHR, whose name is then the file's
     */
    ImportStatus save(ImportTracker tracker, ImportResult result, boolean fromRecordsSystem) {
        var report = new ImportReport(
                result.fileName(),
                result.formatLabel(),
                result.fileSha256(),
                result.countsByKind(),
                result.itemsLeftOut(),
                List.of(),
                fromRecordsSystem);
        tracker.saving(
                result.kind(),
                result.formatLabel(),
                result.countsByKind(),
                result.entries().size());
        var row = new ImportWriter.ImportRow(
                tracker.importId(), result.kind(), ImportState.DONE, tracker.startedAt(), report);
        try {
            RecordCipher cipher = ciphers.forWriting(tracker.patientId());
            ImportCounts counts = transactions.inNewTransaction(connection -> {
                ImportWriter writer = writer(connection, cipher);
                writer.lockRecord();
                admitPerson(new RecordPersonRows(connection, cipher, clock), result);
                return writer.saveLocked(row, result.entries(), tracker);
            });
            tracker.done(counts);
            return tracker.status();
        } catch (PersonRefused refused) {
            return refused(tracker, result.kind(), new ImportRefusal(result.fileName(), List.of(refused.problem())));
        } catch (RuntimeException e) {
            return failed(tracker, result.kind(), report, result.entries().size(), e);
        }
    }

    /**
     * Compares whom the source is about with the record's person (or, for an empty record, the account's profile),
     * in the transaction that has locked the record: refuses by throwing {@link PersonRefused}, which rolls the
     * transaction back; else keeps the record's person the source names or adds to.
     */
    private static void admitPerson(RecordPersonRows persons, ImportResult result) throws java.sql.SQLException {
        switch (PersonCheck.decide(result.fileName(), result.about(), persons.recordPerson(), persons.profile())) {
            case PersonCheck.Refused refused -> throw new PersonRefused(refused.problem());
            case PersonCheck.Admitted admitted -> {
                if (admitted.recordPerson().isPresent()) {
                    persons.keepPerson(admitted.recordPerson().get());
                }
            }
        }
    }

    private ImportStatus refused(ImportTracker tracker, SourceKind kind, ImportRefusal refusal) {
        var report = new ImportReport(refusal.fileName(), null, null, Map.of(), 0, refusal.problems(), false);
        recordUnsaved(
                tracker,
                new ImportWriter.ImportRow(tracker.importId(), kind, ImportState.REFUSED, tracker.startedAt(), report),
                0);
        tracker.refused(refusal.problems());
        return tracker.status();
    }

    private ImportStatus failed(
            ImportTracker tracker, SourceKind kind, ImportReport report, int entriesRead, RuntimeException failure) {
        LOG.warning(() -> "Import " + tracker.importId() + " failed and changed nothing: " + describe(failure));
        recordUnsaved(
                tracker,
                new ImportWriter.ImportRow(tracker.importId(), kind, ImportState.FAILED, tracker.startedAt(), report),
                entriesRead);
        tracker.failed();
        return tracker.status();
    }

    /** Writes the row of an import that stored nothing; when even that fails, the tracker still tells the patient. */
    private void recordUnsaved(ImportTracker tracker, ImportWriter.ImportRow row, int entriesRead) {
        try {
            RecordCipher cipher = ciphers.forWriting(tracker.patientId());
            transactions.inNewTransaction(connection -> {
                writer(connection, cipher).recordUnsaved(row, entriesRead);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warning(() -> "The outcome of import " + row.importId() + " (" + row.state() + ") could not be"
                    + " recorded: " + describe(e));
        }
    }

    private ImportWriter writer(Connection connection, RecordCipher cipher) {
        return new ImportWriter(connection, cipher, executor, helpers, clock);
    }

    /**
     * What a log may say of a failure: our own storage messages name operations and SQLStates only; any other
     * exception is named by its class, since its message might quote the file.
     */
    private static String describe(RuntimeException failure) {
        return failure instanceof RecordStorageException storage
                ? storage.getMessage()
                : failure.getClass().getName();
    }
}
