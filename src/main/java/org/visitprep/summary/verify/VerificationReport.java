package org.visitprep.summary.verify;

import java.util.List;
import org.visitprep.summary.draft.Verdict;

/** The verifier's verdicts on a draft, one per sentence in the draft's order. */
public record VerificationReport(List<Verdict> verdicts) {

    public VerificationReport {
        verdicts = List.copyOf(verdicts);
    }

    public boolean accepted() {
        return verdicts.stream().allMatch(Verdict::accepted);
    }

    /** Whether every verdict on the numbered sentence, for either audience, accepted it. */
    public boolean acceptedSentence(int number) {
        return verdicts.stream().filter(verdict -> verdict.number() == number).allMatch(Verdict::accepted);
    }

    public List<Verdict> rejected() {
        return verdicts.stream().filter(verdict -> !verdict.accepted()).toList();
    }
}
