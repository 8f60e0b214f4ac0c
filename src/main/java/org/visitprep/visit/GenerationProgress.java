package org.visitprep.visit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * How far the generation of a visit's summary has come, for the page that polls it. A failed generation says why;
 * the previous draft, if any, is left as it was.
 *
 * @param problems why it failed; empty otherwise
 */
public record GenerationProgress(
        UUID visitId, Stage stage, Instant startedAt, Instant changedAt, List<Problem> problems) {

    /** The steps of a generation, in order, and how it ended. */
    public enum Stage {
        /** The visit is claimed; the engine has not started yet. */
        WAITING,
        READING_RECORD,
        DRAFTING,
        SAVING,
        DONE,
        FAILED;

        public boolean isRunning() {
            return this != DONE && this != FAILED;
        }
    }

    public GenerationProgress {
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(changedAt, "changedAt");
        problems = List.copyOf(problems);
    }

    static GenerationProgress started(GenerationTicket ticket) {
        return new GenerationProgress(
                ticket.visitId(), Stage.WAITING, ticket.startedAt(), ticket.startedAt(), List.of());
    }

    GenerationProgress at(Stage next, Instant now) {
        return new GenerationProgress(visitId, next, startedAt, now, List.of());
    }

    GenerationProgress failed(List<Problem> why, Instant now) {
        return new GenerationProgress(visitId, Stage.FAILED, startedAt, now, why);
    }

    public boolean isRunning() {
        return stage.isRunning();
    }
}
