package org.visitprep.summary.draft;

import java.util.List;
import java.util.Objects;

/**
 * The verifier's verdict on one sentence of a draft.
 *
 * @param index the sentence's place in the draft, from 0
 * @param text the sentence as checked
 * @param findings what is wrong with it; none when accepted
 */
public record Verdict(int index, String text, List<Finding> findings) {

    public Verdict {
        Objects.requireNonNull(text, "text");
        findings = List.copyOf(findings);
    }

    public boolean accepted() {
        return findings.isEmpty();
    }

    public boolean has(FindingKind kind) {
        return findings.stream().anyMatch(finding -> finding.kind() == kind);
    }
}
