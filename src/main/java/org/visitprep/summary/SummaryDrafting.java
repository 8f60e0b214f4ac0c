package org.visitprep.summary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.visitprep.record.PatientRecord;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.FallbackNote;
import org.visitprep.summary.draft.FallbackReason;
import org.visitprep.summary.facts.FactFinder;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.grounded.GroundedEngine;
import org.visitprep.summary.llm.AiSettings;
import org.visitprep.summary.llm.LlmSummaries;
import org.visitprep.summary.llm.LlmUnavailable;
import org.visitprep.summary.wording.Languages;

/**
 * Drafts a patient's visit summary: computes the facts from their record for the visit's window and agenda, then has
 * the grounded engine write it, or the language model engine when {@code visitprep.ai.enabled} is true (which falls
 * back to the grounded engine, with a note, whenever the model's answer cannot be used). Storing, approving and
 * sharing the draft are the caller's business.
 *
 * <p>The caller opens the {@link PatientRecord} for the patient it has authorised; nothing here checks who asks.
 */
@Stateless
public class SummaryDrafting {

    @Inject
    FactFinder facts;

    @Inject
    GroundedEngine grounded;

    @Inject
    AiSettings settings;

    @Inject
    Instance<LlmSummaries> llm;

    public DraftSummary draft(PatientRecord record, VisitContext visit) {
        FactsSnapshot snapshot = facts.find(record, visit.window(), visit.agenda());
        if (!settings.enabled()) {
            return grounded.write(snapshot, visit.locale());
        }
        if (!settings.isConfigured()) {
            return grounded.standIn(
                    snapshot,
                    visit.locale(),
                    FallbackNote.of(FallbackReason.NOT_CONFIGURED, Languages.summaryLocale(visit.locale())));
        }
        try {
            return llm.get().draft(snapshot, visit.locale());
        } catch (LlmUnavailable failure) {
            // reached only where no Fault Tolerance implementation applies LlmSummaries' @Fallback
            return grounded.standIn(
                    snapshot,
                    visit.locale(),
                    FallbackNote.of(failure.reason(), Languages.summaryLocale(visit.locale())));
        }
    }
}
