package org.visitprep.benchmarks;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.visitprep.database.TestDatabase;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.storage.PatientRecords;
import org.visitprep.record.storage.RecordCiphers;
import org.visitprep.summary.SummaryDrafting;
import org.visitprep.summary.SummaryFixtures;
import org.visitprep.summary.VisitContext;
import org.visitprep.summary.agenda.Agenda;
import org.visitprep.summary.agenda.AgendaItem;
import org.visitprep.summary.agenda.AgendaKind;
import org.visitprep.summary.draft.DraftSummary;

/**
 * Times the grounded summary of a stored record as the server drafts one, through {@link SummaryDrafting}: the record
 * opened for the request, the facts of the last twelve months and the agenda found in it, the sentences written in
 * the patient's language, every sentence verified and the omission check run. Reports the median of several drafts
 * and the peak heap while drafting.
 */
final class SummaryBenchmark {

    private static final int ROUNDS = 7;

    private final TestDatabase database;
    private final RecordCiphers ciphers;
    private final SummaryDrafting drafting = SummaryFixtures.groundedDrafting(Clock.systemUTC());

    SummaryBenchmark(TestDatabase database, RecordCiphers ciphers) {
        this.database = database;
        this.ciphers = ciphers;
    }

    void run(UUID patient, String prefix) {
        var visit = VisitContext.lastTwelveMonths(
                LocalDate.now(ZoneOffset.UTC),
                ZoneOffset.UTC,
                Locale.ENGLISH,
                Agenda.of(
                        new AgendaItem(AgendaKind.CONCERN, "I am always tired"),
                        new AgendaItem(AgendaKind.QUESTION, "Is my blood sugar getting better?")));
        double[] millis = new double[ROUNDS];
        long peak = 0;
        int sentences = 0;
        for (int round = -2; round < ROUNDS; round++) {
            HeapPeak.Measured<Drafted> measured = HeapPeak.of(() -> draft(patient, visit));
            if (round >= 0) {
                millis[round] = measured.result().millis();
                peak = Math.max(peak, measured.sampledPeakBytes());
            }
            sentences = measured.result().summary().sentences().size();
        }
        Figures.note(String.format(
                Locale.ROOT,
                "%s: a grounded summary of %d sentences, verified and checked for omissions; drafts %s ms",
                database.kind(),
                sentences,
                java.util.Arrays.toString(millis)));
        Figures.print(prefix + ".grounded_summary.ms", Figures.median(millis), "ms");
        Figures.print(prefix + ".grounded_summary.peak_heap", peak / 1048576.0, "MB");
    }

    private Drafted draft(UUID patient, VisitContext visit) {
        EntityManager entityManager = database.entityManagerFactory().createEntityManager();
        try {
            long start = System.nanoTime();
            entityManager.getTransaction().begin();
            PatientRecord record = PatientRecords.open(patient, entityManager, ciphers);
            DraftSummary summary = drafting.draft(record, visit);
            entityManager.getTransaction().rollback();
            return new Drafted(summary, (System.nanoTime() - start) / 1e6);
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
        }
    }

    private record Drafted(DraftSummary summary, double millis) {}
}
