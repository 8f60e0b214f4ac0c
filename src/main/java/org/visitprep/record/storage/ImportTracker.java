package org.visitprep.record.storage;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.visitprep.record.EntryKind;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.ImportProgress;
import org.visitprep.record.reading.SourceKind;

/**
 * Follows one import as it runs: the reader reports bytes and entries to it, the storage reports the entries it
 * saved and the outcome, and the web layer reads {@link #status()} as often as it likes. Thread-safe; the counters
 * are cheap to update from the reader's parallel tasks.
 */
public final class ImportTracker implements ImportProgress {

    private final UUID importId;
    private final UUID patientId;
    private final String fileName;
    private final Instant startedAt;
    private final Clock clock;

    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong bytesTotal = new AtomicLong(-1);
    private final AtomicLong entriesRead = new AtomicLong();
    private final AtomicLong entriesTotal = new AtomicLong(-1);
    private final AtomicLong entriesSaved = new AtomicLong();
    private final AtomicLong entriesToSave = new AtomicLong(-1);

    /** What is set once per stage, replaced as a whole so that a reader never sees half of it. */
    private record Stage(
            ImportState state,
            SourceKind sourceKind,
            String formatLabel,
            Instant finishedAt,
            ImportCounts counts,
            Map<EntryKind, Integer> countsByKind,
            List<ImportProblem> problems) {}

    private volatile Stage stage;

    public ImportTracker(UUID importId, UUID patientId, String fileName, SourceKind declaredKind, Clock clock) {
        this.importId = Objects.requireNonNull(importId);
        this.patientId = Objects.requireNonNull(patientId);
        this.fileName = Objects.requireNonNull(fileName);
        this.clock = Objects.requireNonNull(clock);
        this.startedAt = clock.instant();
        this.stage = new Stage(ImportState.QUEUED, declaredKind, null, null, ImportCounts.NONE, Map.of(), List.of());
    }

    public UUID importId() {
        return importId;
    }

    public UUID patientId() {
        return patientId;
    }

    public String fileName() {
        return fileName;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public ImportState state() {
        return stage.state();
    }

    public ImportStatus status() {
        Stage now = stage;
        var progress = new ImportProgressFigures(
                bytesRead.get(),
                bytesTotal.get(),
                entriesRead.get(),
                entriesTotal.get(),
                entriesSaved.get(),
                entriesToSave.get());
        return new ImportStatus(
                importId,
                patientId,
                now.state(),
                now.sourceKind(),
                fileName,
                now.formatLabel(),
                startedAt,
                now.finishedAt(),
                progress,
                now.counts(),
                now.countsByKind(),
                now.problems());
    }

    @Override
    public void bytesRead(long done, long total) {
        bytesRead.set(done);
        bytesTotal.set(total);
    }

    @Override
    public void entriesDone(long done, long total) {
        entriesRead.accumulateAndGet(done, Math::max);
        entriesTotal.set(total);
    }

    void reading() {
        stage = new Stage(ImportState.READING, stage.sourceKind(), null, null, ImportCounts.NONE, Map.of(), List.of());
    }

    void saving(SourceKind kind, String formatLabel, Map<EntryKind, Integer> countsByKind, int toSave) {
        entriesToSave.set(toSave);
        stage = new Stage(ImportState.SAVING, kind, formatLabel, null, ImportCounts.NONE, countsByKind, List.of());
    }

    void saved(int entries) {
        entriesSaved.addAndGet(entries);
    }

    void done(ImportCounts counts) {
        Stage now = stage;
        stage = new Stage(
                ImportState.DONE,
                now.sourceKind(),
                now.formatLabel(),
                clock.instant(),
                counts,
                now.countsByKind(),
                List.of());
    }

    void refused(List<ImportProblem> problems) {
        Stage now = stage;
        stage = new Stage(
                ImportState.REFUSED, now.sourceKind(), null, clock.instant(), ImportCounts.NONE, Map.of(), problems);
    }

    void failed() {
        Stage now = stage;
        stage = new Stage(
                ImportState.FAILED,
                now.sourceKind(),
                now.formatLabel(),
                clock.instant(),
                ImportCounts.NONE,
                now.countsByKind(),
                List.of());
    }
}
