package org.visitprep.record.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.visitprep.record.EntryKind;
import org.visitprep.record.reading.SourceKind;

/** The board of running imports: one per patient at a time, polled by id, only by its patient. */
class ImportBoardTest {

    private final UUID patient = UUID.randomUUID();

    @Test
    void aPatientRunsOneImportAtATime() throws ImportAlreadyRunning {
        var board = new ImportBoard(Clock.systemUTC());
        ImportTracker first = tracker(patient, Clock.systemUTC());
        board.enter(first);

        var refused = assertThrows(ImportAlreadyRunning.class, () -> board.enter(tracker(patient, Clock.systemUTC())));
        assertEquals(first.importId(), refused.runningImportId());
        assertTrue(refused.message(Locale.FRENCH).contains("en cours"));
        board.enter(tracker(UUID.randomUUID(), Clock.systemUTC()));

        first.done(ImportCounts.NONE);
        board.enter(tracker(patient, Clock.systemUTC()));
        assertEquals(2, board.of(patient).size());
    }

    @Test
    void onlyItsPatientFindsAnImport() throws ImportAlreadyRunning {
        var board = new ImportBoard(Clock.systemUTC());
        ImportTracker tracker = tracker(patient, Clock.systemUTC());
        board.enter(tracker);

        assertEquals(Optional.of(tracker), board.find(patient, tracker.importId()));
        assertEquals(Optional.empty(), board.find(UUID.randomUUID(), tracker.importId()));
        assertEquals(List.of(), board.of(UUID.randomUUID()));
    }

    @Test
    void forgetsFinishedImportsAfterAWhile() throws ImportAlreadyRunning {
        var clock = new MovableClock(Instant.parse("2026-11-28T10:00:00Z"));
        var board = new ImportBoard(clock);
        ImportTracker old = tracker(patient, clock);
        board.enter(old);
        old.failed();

        clock.now = clock.now.plus(ImportBoard.KEEP_FINISHED).plus(Duration.ofMinutes(1));
        board.enter(tracker(patient, clock));

        assertEquals(Optional.empty(), board.find(patient, old.importId()));
    }

    @Test
    void tellsHowFarAnImportHasGone() {
        ImportTracker tracker = tracker(patient, Clock.systemUTC());
        assertEquals(ImportState.QUEUED, tracker.status().state());
        tracker.reading();
        tracker.bytesRead(500, 1000);
        assertEquals(10, tracker.status().percentDone());
        tracker.entriesDone(50, 100);
        assertEquals(30, tracker.status().percentDone());
        tracker.saving(SourceKind.FHIR, "FHIR R4 JSON Bundle (collection)", Map.of(EntryKind.OBSERVATION, 100), 100);
        tracker.saved(50);
        assertEquals(80, tracker.status().percentDone());
        assertTrue(tracker.status().summary(Locale.ENGLISH).startsWith("Saving labs.json"));
        tracker.done(new ImportCounts(100, 60, 10, 30));
        ImportStatus done = tracker.status();
        assertEquals(100, done.percentDone());
        assertEquals(
                "labs.json is imported: 100 entries read; 60 new, 10 updated, 30 already in your record.",
                done.summary(Locale.ENGLISH));
        assertEquals(
                "labs.json est importé : 100 éléments lus ; 60 nouveaux, 10 mis à jour, 30 déjà dans votre"
                        + " dossier.",
                done.summary(Locale.FRENCH));
    }

    private static ImportTracker tracker(UUID patientId, Clock clock) {
        return new ImportTracker(UUID.randomUUID(), patientId, "labs.json", SourceKind.DETECT, clock);
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
