package org.visitprep.summary.draft;

import java.util.List;
import java.util.Objects;

/**
 * What happened while a summary was drafted, kept sealed with it for whoever must later tell why it reads as it does:
 * the engine asked for, why another stood in, every sentence the verifier refused (with each finding's rule and
 * words), the facts the summary had to mention that a draft left out, and what the grounded engine did about its own
 * sentences. The patient sees only the short {@link FallbackNote}.
 *
 * @param asked the engine the configuration asked for
 * @param fallback why the grounded engine stood in for it, or null
 * @param refused the verifier's verdicts on the sentences it refused, of whichever draft
 * @param omitted the ids of must-mention facts a draft left out
 * @param added the ids of must-mention facts the grounded engine then wrote a sentence for
 * @param plainForms how many grounded sentences the verifier refused and the fact's plain form replaced
 */
public record DraftingRecord(
        Engine asked,
        FallbackReason fallback,
        List<Verdict> refused,
        List<String> omitted,
        List<String> added,
        int plainForms) {

    public DraftingRecord {
        Objects.requireNonNull(asked, "asked");
        refused = refused == null ? List.of() : List.copyOf(refused);
        omitted = omitted == null ? List.of() : List.copyOf(omitted);
        added = added == null ? List.of() : List.copyOf(added);
    }
}
