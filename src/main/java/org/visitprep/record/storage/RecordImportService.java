package org.visitprep.record.storage;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.visitprep.crypto.KeyCustody;
import org.visitprep.crypto.PatientKeyService;
import org.visitprep.record.reading.ImportSource;
import org.visitprep.record.reading.SourceKind;

/**
 * Imports files into patients' records, and tells how the imports went. The web layer starts an import with the file
 * it received and polls its {@link ImportStatus} by id; the demo loader imports synchronously.
 *
 * <p>Callers pass the signed-in patient's account id, never an id taken from a request. Runs outside any caller
 * transaction: each import saves in a transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecordImportService {

    private static final Logger LOG = Logger.getLogger(RecordImportService.class.getName());
    private static final Clock CLOCK = Clock.systemUTC();

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    @EJB
    private RecordImportRuntime runtime;

    @EJB
    private StorageTransactions transactions;

    @EJB
    private KeyCustody custody;

    @EJB
    private PatientKeyService keyService;

    @Resource
    private SessionContext context;

    /**
     * Starts importing a file the patient uploaded, in the background, and answers at once with the import's id.
     * The import takes the file over and deletes it when it ends.
     *
     * @param uploadedFile a file of the server's, e.g. where the upload was written; deleted by the import
     * @param fileName the name the patient gave it
     * @param declaredKind what the patient says it is, or {@link SourceKind#DETECT}
     * @throws ImportAlreadyRunning if an import of the patient is still running (the file is left alone)
     */
    public UUID startImport(UUID patientId, Path uploadedFile, String fileName, SourceKind declaredKind)
            throws ImportAlreadyRunning {
        var tracker = new ImportTracker(UUID.randomUUID(), patientId, fileName, declaredKind, CLOCK);
        runtime.board().enter(tracker);
        try {
            context.getBusinessObject(RecordImportService.class).runInBackground(tracker, uploadedFile, declaredKind);
        } catch (RuntimeException notStarted) {
            tracker.failed();
            throw notStarted;
        }
        return tracker.importId();
    }

    /** The background half of {@link #startImport}; not for callers. */
    @Asynchronous
    public void runInBackground(ImportTracker tracker, Path uploadedFile, SourceKind declaredKind) {
        try {
            run(tracker, uploadedFile, declaredKind);
        } finally {
            try {
                Files.deleteIfExists(uploadedFile);
            } catch (IOException e) {
                LOG.warning(() -> "The uploaded file of import " + tracker.importId() + " could not be deleted: "
                        + e.getClass().getName());
            }
        }
    }

    /**
     * Imports a file on the calling thread and answers when it is done: for the demo loader. The file is left as it
     * is.
     *
     * @throws ImportAlreadyRunning if an import of the patient is still running
     */
    public ImportStatus importNow(UUID patientId, Path file, String fileName, SourceKind declaredKind)
            throws ImportAlreadyRunning {
        var tracker = new ImportTracker(UUID.randomUUID(), patientId, fileName, declaredKind, CLOCK);
        runtime.board().enter(tracker);
        return run(tracker, file, declaredKind);
    }

    /**
     * Imports a record already in memory, e.g. one pulled from the patient's EHR, on the calling thread, and answers
     * when it is done. The source's system keeps the entries' identities stable, so pulling again adds only what is
     * new.
     *
     * @throws ImportAlreadyRunning if an import of the patient is still running
     */
    public ImportStatus importNow(UUID patientId, ImportSource source) throws ImportAlreadyRunning {
        var tracker = new ImportTracker(UUID.randomUUID(), patientId, source.fileName(), source.declaredKind(), CLOCK);
        runtime.board().enter(tracker);
        return process().run(tracker, source);
    }

    /** How the patient's import of this id stands, running or finished; empty if it is not theirs. */
    public Optional<ImportStatus> status(UUID patientId, UUID importId) {
        return runtime.board()
                .find(patientId, importId)
                .map(ImportTracker::status)
                .or(() -> log(patientId).find(importId));
    }

    /** The patient's imports, running and finished, the latest first. */
    public List<ImportStatus> imports(UUID patientId) {
        List<ImportStatus> onBoard = runtime.board().of(patientId).stream()
                .map(ImportTracker::status)
                .toList();
        Set<UUID> shown = onBoard.stream().map(ImportStatus::importId).collect(Collectors.toSet());
        List<ImportStatus> all = new ArrayList<>(onBoard);
        log(patientId).all().stream()
                .filter(stored -> !shown.contains(stored.importId()))
                .forEach(all::add);
        all.sort((a, b) -> b.startedAt().compareTo(a.startedAt()));
        return all;
    }

    private ImportStatus run(ImportTracker tracker, Path file, SourceKind declaredKind) {
        ImportSource source;
        try {
            source = new ImportSource(
                    tracker.fileName(), Files.size(file), () -> Files.newInputStream(file), declaredKind, null);
        } catch (IOException e) {
            source = new ImportSource(tracker.fileName(), -1, () -> Files.newInputStream(file), declaredKind, null);
        }
        return process().run(tracker, source);
    }

    private RecordImportProcess process() {
        return new RecordImportProcess(
                runtime.importer(),
                transactions,
                ciphers(),
                runtime.executor(),
                RecordImportProcess.helpersBeside(Runtime.getRuntime().availableProcessors()),
                CLOCK);
    }

    private ImportLog log(UUID patientId) {
        return new ImportLog(patientId, entityManager, ciphers().forReading(patientId));
    }

    private RecordCiphers ciphers() {
        return ContainerCiphers.of(custody, keyService, entityManager);
    }
}
