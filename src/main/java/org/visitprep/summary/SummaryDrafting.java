package org.visitprep.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.visitprep.record.PatientRecord;
import org.visitprep.summary.agenda.Agenda;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.DraftingRecord;
import org.visitprep.summary.draft.Engine;
import org.visitprep.summary.draft.FallbackNote;
import org.visitprep.summary.draft.FallbackReason;
import org.visitprep.summary.draft.SectionKind;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.draft.Verdict;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.FactFinder;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.facts.MustMention;
import org.visitprep.summary.facts.ReviewWindow;
import org.visitprep.summary.grounded.GroundedEngine;
import org.visitprep.summary.verify.DraftVerifier;
import org.visitprep.summary.verify.OmissionCheck;
import org.visitprep.summary.verify.VerificationReport;
import org.visitprep.summary.wording.Languages;

/**
 * Drafts a patient's visit summary, and is the one place that does: it computes the facts from the record for the
 * visit's window and agenda, picks the engine, falls back, verifies and checks for omissions. Every draft of every
 * engine passes the {@link DraftVerifier} and the {@link OmissionCheck} before anyone sees it:
 * <ul>
 *   <li>a language model's draft with a refused sentence or a missing must-mention fact is replaced as a whole by the
 *       grounded engine's, with a short note for the patient and the detail in the sealed {@link DraftingRecord};
 *       so is a model that cannot be used (timeout, error, open circuit);</li>
 *   <li>a grounded sentence the verifier refuses (which the tests hold never happens) is replaced by its fact's
 *       plain form; a must-mention fact the grounded draft left out gets its sentence under "needs attention".</li>
 * </ul>
 * Storing, approving and sharing the draft are the caller's business; the caller opens the {@link PatientRecord} for
 * the patient it has authorised, since nothing here checks who asks. Thread-safe.
 */
public final class SummaryDrafting {

    /**
     * Asks the language model for a draft of the facts, unchecked; never throws. It is handed the record the facts come
     * from, to read whom the record is about (its Patient resources) and keep every detail that identifies them out of
     * what it sends.
     */
    @FunctionalInterface
    public interface ModelDrafter {
        ModelOutcome draft(FactsSnapshot facts, Locale locale, PatientRecord record);
    }

    /** What the configuration asks of the language model. */
    public interface ModelChoice {
        /** Whether summaries are to be drafted by the language model. */
        boolean enabled();

        /** Whether it is set up (address and model). */
        boolean isConfigured();
    }

    private final FactFinder facts;
    private final GroundedEngine grounded;
    private final DraftVerifier verifier;
    private final ModelChoice choice;
    private final ModelDrafter model;

    public SummaryDrafting(
            FactFinder facts, GroundedEngine grounded, DraftVerifier verifier, ModelChoice choice, ModelDrafter model) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.grounded = Objects.requireNonNull(grounded, "grounded");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.choice = Objects.requireNonNull(choice, "choice");
        this.model = Objects.requireNonNull(model, "model");
    }

    public DraftSummary draft(PatientRecord record, VisitContext visit) {
        return draft(facts.find(record, visit.window(), visit.agenda()), visit.locale(), record);
    }

    /** The checked draft of these facts of the record. */
    public DraftSummary draft(FactsSnapshot snapshot, Locale patientLocale, PatientRecord record) {
        Locale locale = Languages.summaryLocale(patientLocale);
        if (!choice.enabled()) {
            return grounded(snapshot, locale, new Attempt(Engine.GROUNDED, null, List.of(), List.of()));
        }
        if (!choice.isConfigured()) {
            return grounded(snapshot, locale, Attempt.fellBack(FallbackReason.NOT_CONFIGURED));
        }
        return switch (model.draft(snapshot, locale, record)) {
            case ModelOutcome.Unavailable unavailable ->
                grounded(snapshot, locale, Attempt.fellBack(unavailable.reason()));
            case ModelOutcome.Answered answered -> checkedModelDraft(answered.draft(), snapshot, locale);
        };
    }

    /**
     * What in the record needs attention in the window, written for the patient by the grounded engine and verified:
     * the sentences a summary would show under "needs attention", with no agenda and no language model.
     */
    public List<SummarySentence> needingAttention(PatientRecord record, ReviewWindow window, Locale patientLocale) {
        FactsSnapshot snapshot = facts.find(record, window, Agenda.empty());
        Locale locale = Languages.summaryLocale(patientLocale);
        return grounded(snapshot, locale, new Attempt(Engine.GROUNDED, null, List.of(), List.of())).sentences().stream()
                .filter(sentence -> sentence.section() == SectionKind.NEEDS_ATTENTION)
                .toList();
    }

    private DraftSummary checkedModelDraft(DraftSummary draft, FactsSnapshot snapshot, Locale locale) {
        VerificationReport report = verifier.verify(draft.sentences(), snapshot, locale);
        if (!report.accepted()) {
            return grounded(
                    snapshot,
                    locale,
                    new Attempt(Engine.LLM, FallbackReason.REJECTED_BY_VERIFIER, report.rejected(), List.of()));
        }
        List<MustMention> missing = OmissionCheck.missing(draft.sentences(), snapshot);
        if (!missing.isEmpty()) {
            return grounded(
                    snapshot,
                    locale,
                    new Attempt(Engine.LLM, FallbackReason.OMITTED_MUST_MENTION, List.of(), ids(missing)));
        }
        return draft.withChecks(new DraftingRecord(Engine.LLM, null, List.of(), List.of(), List.of(), 0));
    }

    /** The grounded draft, verified and completed, with what the attempt before it left behind. */
    private DraftSummary grounded(FactsSnapshot snapshot, Locale locale, Attempt attempt) {
        DraftSummary draft = grounded.write(snapshot, locale);
        VerificationReport report = verifier.verify(draft.sentences(), snapshot, locale);
        List<Verdict> refused = new ArrayList<>(attempt.refused());
        refused.addAll(report.rejected());
        List<SummarySentence> sentences = new ArrayList<>();
        int plainForms = 0;
        for (SummarySentence sentence : draft.sentences()) {
            if (report.acceptedSentence(sentence.number())) {
                sentences.add(sentence);
            } else {
                sentences.add(grounded.plainForm(sentence, snapshot, locale));
                plainForms++;
            }
        }
        List<MustMention> missing = OmissionCheck.missing(sentences, snapshot);
        for (MustMention must : missing) {
            Fact fact = snapshot.fact(must.factId()).orElseThrow();
            sentences.add(grounded.needingAttention(fact, snapshot, locale));
        }
        List<String> omitted = new ArrayList<>(attempt.omitted());
        omitted.addAll(ids(missing));
        DraftSummary checked = draft.withSentences(sentences)
                .withChecks(new DraftingRecord(
                        attempt.asked(), attempt.fallback(), refused, omitted, ids(missing), plainForms));
        return attempt.fallback() == null ? checked : checked.withFallback(FallbackNote.of(attempt.fallback(), locale));
    }

    private static List<String> ids(List<MustMention> mustMentions) {
        return mustMentions.stream().map(MustMention::factId).toList();
    }

    /** What an attempt before the grounded draft left: the engine asked, why it fell back, and its findings. */
    private record Attempt(Engine asked, FallbackReason fallback, List<Verdict> refused, List<String> omitted) {

        static Attempt fellBack(FallbackReason reason) {
            return new Attempt(Engine.LLM, reason, List.of(), List.of());
        }
    }
}
