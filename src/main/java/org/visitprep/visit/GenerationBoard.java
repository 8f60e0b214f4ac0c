package org.visitprep.visit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The generations of this node and how far each has come, by visit, for the pages that poll them. A finished
 * generation is remembered for {@link #REMEMBERED} so that its page can say how it ended; the visit's own state in
 * the database is what counts on any other node.
 */
@ApplicationScoped
public class GenerationBoard {

    static final Duration REMEMBERED = Duration.ofMinutes(30);

    private final Map<UUID, Posted> byVisit = new ConcurrentHashMap<>();
    private final Clock clock;

    /** The progress and whose visit it is. */
    private record Posted(UUID patientId, UUID token, GenerationProgress progress) {}

    public GenerationBoard() {
        this(Clock.systemUTC());
    }

    GenerationBoard(Clock clock) {
        this.clock = clock;
    }

    void started(GenerationTicket ticket) {
        forgetOld();
        byVisit.put(
                ticket.visitId(), new Posted(ticket.patientId(), ticket.token(), GenerationProgress.started(ticket)));
    }

    void reached(GenerationTicket ticket, GenerationProgress.Stage stage) {
        update(ticket, progress -> progress.at(stage, clock.instant()));
    }

    void failed(GenerationTicket ticket, List<Problem> why) {
        update(ticket, progress -> progress.failed(why, clock.instant()));
    }

    /** The latest generation of the visit on this node, if it is the patient's. */
    Optional<GenerationProgress> of(UUID patientId, UUID visitId) {
        return Optional.ofNullable(byVisit.get(visitId))
                .filter(posted -> posted.patientId().equals(patientId))
                .map(Posted::progress);
    }

    /** When each generation still running on this node started, the oldest first (the status page's queue). */
    public List<Instant> runningSince() {
        return byVisit.values().stream()
                .map(Posted::progress)
                .filter(GenerationProgress::isRunning)
                .map(GenerationProgress::startedAt)
                .sorted()
                .toList();
    }

    private void update(GenerationTicket ticket, UnaryOperator<GenerationProgress> change) {
        byVisit.computeIfPresent(
                ticket.visitId(),
                (visit, posted) -> posted.token().equals(ticket.token())
                        ? new Posted(posted.patientId(), posted.token(), change.apply(posted.progress()))
                        : posted);
    }

    private void forgetOld() {
        Instant before = clock.instant().minus(REMEMBERED);
        byVisit.values().removeIf(posted -> posted.progress().changedAt().isBefore(before));
    }
}
