package org.visitprep.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.visitprep.record.Imports;
import org.visitprep.record.InMemoryPatientRecord;
import org.visitprep.record.reading.SourceKind;
import org.visitprep.summary.agenda.Agenda;
import org.visitprep.summary.agenda.AgendaItem;
import org.visitprep.summary.agenda.AgendaKind;
import org.visitprep.summary.draft.Audience;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.facts.FactFinder;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.facts.ReviewWindow;
import org.visitprep.summary.grounded.GroundedEngine;
import org.visitprep.summary.verify.AdversarialCorpus;
import org.visitprep.summary.verify.DraftVerifier;
import org.visitprep.summary.verify.VerificationReport;

/**
 * The verifier against the adversarial corpus and on the benchmark patient's summary:
 * <ul>
 *   <li>{@code verifier.false_accepts}: drafts labelled refuse that the verifier accepts (target 0);</li>
 *   <li>{@code verifier.false_refusal_rate}: the share of honest paraphrases it refuses (target at most 0.05);</li>
 *   <li>{@code verifier.ms_per_summary}: the median time to verify the grounded summary the server drafts for the
 *       patient (the last twelve months, two agenda items), both readers' words, facts read anew each time (target at
 *       most 20 ms), and the processor time it takes (the machine may be shared); and the same for the summary of the
 *       whole record, the longest one the patient can ask for.</li>
 * </ul>
 */
final class VerifierBenchmark {

    /** Rounds before timing: a verifier on a server has long been compiled by the JIT. */
    private static final int WARM_UP = 50;

    private static final int ROUNDS = 21;

    private final DraftVerifier verifier = DraftVerifier.standard();

    void run(Path patientFile) {
        corpus();
        InMemoryPatientRecord record = InMemoryPatientRecord.of(
                UUID.randomUUID(),
                patientFile.getFileName().toString(),
                Imports.imported(Imports.file(patientFile, SourceKind.FHIR)).entries());
        FactFinder facts = FactFinder.standard(Clock.systemUTC());
        GroundedEngine engine = new GroundedEngine(Clock.systemUTC());
        Agenda agenda = Agenda.of(
                new AgendaItem(AgendaKind.CONCERN, "I am always tired"),
                new AgendaItem(AgendaKind.QUESTION, "Is my blood sugar getting better?"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        timed(
                "verifier.ms_per_summary",
                facts.find(record, ReviewWindow.lastTwelveMonths(today, ZoneOffset.UTC), agenda),
                engine);
        timed(
                "verifier.ms_per_summary.whole_record",
                facts.find(record, ReviewWindow.chosen(LocalDate.of(1900, 1, 1), today, ZoneOffset.UTC), agenda),
                engine);
    }

    private void corpus() {
        AdversarialCorpus corpus = AdversarialCorpus.load();
        int falseAccepts = 0;
        int honest = 0;
        int falseRefusals = 0;
        for (AdversarialCorpus.Draft draft : corpus.drafts()) {
            Audience reader = draft.forClinician() ? Audience.CLINICIAN : Audience.PATIENT;
            boolean accepted =
                    verifier
                            .verify(List.of(draft.sentence(corpus)), corpus.facts(), draft.language())
                            .verdicts()
                            .stream()
                            .filter(verdict -> verdict.audience() == reader)
                            .allMatch(verdict -> verdict.accepted());
            if (draft.refuse() && accepted) {
                falseAccepts++;
                Figures.note("false accept: " + draft);
            } else if (!draft.refuse()) {
                honest++;
                if (!accepted) {
                    falseRefusals++;
                    Figures.note("false refusal: " + draft);
                }
            }
        }
        Figures.note(String.format(
                Locale.ROOT,
                "adversarial corpus: %d drafts, %d to refuse, %d honest paraphrases",
                corpus.drafts().size(),
                corpus.drafts().size() - honest,
                honest));
        Figures.print("verifier.false_accepts", falseAccepts, "drafts");
        Figures.print("verifier.false_refusal_rate", (double) falseRefusals / honest, "ratio");
    }

    private void timed(String name, FactsSnapshot facts, GroundedEngine engine) {
        DraftSummary summary = engine.write(facts, Locale.ENGLISH);
        double[] millis = new double[ROUNDS];
        double[] cpuMillis = new double[ROUNDS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        VerificationReport report = null;
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            report = verifier.verify(summary.sentences(), facts, summary.locale());
            if (round >= 0) {
                millis[round] = (System.nanoTime() - start) / 1e6;
                cpuMillis[round] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            }
        }
        if (!report.accepted()) {
            throw new IllegalStateException("the verifier refused the grounded summary: " + report.rejected());
        }
        Figures.note(String.format(
                Locale.ROOT,
                "%s: %d facts, %d sentences, %d verdicts; rounds %s ms",
                name,
                facts.facts().size(),
                summary.sentences().size(),
                report.verdicts().size(),
                Arrays.toString(millis)));
        Figures.print(name, Figures.median(millis), "ms");
        Figures.print(name.replace("ms_per_summary", "cpu_ms_per_summary"), Figures.median(cpuMillis), "ms");
    }
}
