package org.visitprep.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The board answers only the visit's patient, only the latest claim moves it, and it forgets old generations. */
class GenerationBoardTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T10:00:00Z"));
    private final GenerationBoard board = new GenerationBoard(clock);
    private final UUID patient = UUID.randomUUID();
    private final UUID visit = UUID.randomUUID();

    @Test
    void anotherPatientSeesNothingOfTheVisitsGeneration() {
        board.started(ticket());

        assertEquals(
                GenerationProgress.Stage.WAITING,
                board.of(patient, visit).orElseThrow().stage());
        assertTrue(board.of(UUID.randomUUID(), visit).isEmpty());
    }

    @Test
    void anOlderClaimNoLongerMovesTheProgress() {
        GenerationTicket older = ticket();
        board.started(older);
        GenerationTicket newer = ticket();
        board.started(newer);

        board.failed(older, List.of(Problem.of(VisitProblem.GENERATION_FAILED)));
        board.reached(newer, GenerationProgress.Stage.DRAFTING);

        assertEquals(
                GenerationProgress.Stage.DRAFTING,
                board.of(patient, visit).orElseThrow().stage());
    }

    @Test
    void aGenerationThatEndedLongAgoIsForgotten() {
        GenerationTicket ticket = ticket();
        board.started(ticket);
        board.reached(ticket, GenerationProgress.Stage.DONE);

        clock.advance(GenerationBoard.REMEMBERED.plus(Duration.ofMinutes(1)));
        board.started(new GenerationTicket(patient, UUID.randomUUID(), UUID.randomUUID(), clock.instant()));

        assertTrue(board.of(patient, visit).isEmpty());
    }

    private GenerationTicket ticket() {
        return new GenerationTicket(patient, visit, UUID.randomUUID(), clock.instant());
    }
}
