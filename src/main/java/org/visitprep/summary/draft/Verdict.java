package org.visitprep.summary.draft;

import java.util.List;
import java.util.Objects;

/**
 * The verifier's verdict on one sentence of a draft, as one audience reads it.
 *
 * @param number the sentence's number in the draft
 * @param text the words as checked
 * @param findings what is wrong with them, each naming its rule and the offending words; none when accepted
 */
public record Verdict(int number, Audience audience, String text, List<Finding> findings) {

    public Verdict {
        Objects.requireNonNull(audience, "audience");
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
