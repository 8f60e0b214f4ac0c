package org.visitprep.record.storage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The imports of this node, running or finished lately, by id: what the web layer polls. A patient has at most one
 * import running at a time. A finished import stays here for a while, then only its row in the database tells.
 */
public final class ImportBoard {

    /** How long a finished import stays on the board. */
    public static final Duration KEEP_FINISHED = Duration.ofHours(1);

    private final Map<UUID, ImportTracker> trackers = new ConcurrentHashMap<>();
    private final Clock clock;

    public ImportBoard(Clock clock) {
        this.clock = clock;
    }

    /**
     * Puts a new import on the board.
     *
     * @throws ImportAlreadyRunning if an import of the same patient is not finished
     */
    public synchronized void enter(ImportTracker tracker) throws ImportAlreadyRunning {
        forgetOldFinished();
        Optional<ImportTracker> running = trackers.values().stream()
                .filter(other -> other.patientId().equals(tracker.patientId())
                        && !other.state().isFinished())
                .findFirst();
        if (running.isPresent()) {
            throw new ImportAlreadyRunning(running.get().importId());
        }
        trackers.put(tracker.importId(), tracker);
    }

    /** The import of this id, if it is the patient's and on the board. */
    public Optional<ImportTracker> find(UUID patientId, UUID importId) {
        return Optional.ofNullable(trackers.get(importId))
                .filter(t -> t.patientId().equals(patientId));
    }

    /** The patient's imports on the board, the latest first. */
    public List<ImportTracker> of(UUID patientId) {
        return trackers.values().stream()
                .filter(tracker -> tracker.patientId().equals(patientId))
                .sorted(Comparator.comparing(ImportTracker::startedAt).reversed())
                .toList();
    }

    /** When each import still running on this node started, the oldest first (the status page's queue). */
    public List<Instant> runningSince() {
        return trackers.values().stream()
                .filter(tracker -> !tracker.state().isFinished())
                .map(ImportTracker::startedAt)
                .sorted()
                .toList();
    }

    private void forgetOldFinished() {
        Instant oldest = clock.instant().minus(KEEP_FINISHED);
        trackers.values().removeIf(tracker -> {
            Instant finished = tracker.status().finishedAt();
            return finished != null && finished.isBefore(oldest);
        });
    }
}
