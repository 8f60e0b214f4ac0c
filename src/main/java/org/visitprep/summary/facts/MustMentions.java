package org.visitprep.summary.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of a summary's facts every draft must state: results out of range and medicine changes in the window, and
 * new conditions. Computed from the facts alone, apart from any engine.
 */
final class MustMentions {

    private MustMentions() {}

    static List<MustMention> of(List<Fact> facts) {
        List<MustMention> must = new ArrayList<>();
        for (Fact fact : facts) {
            switch (fact) {
                case ResultFact result
                when result.judgements().contains(Judgement.CRITICAL) ->
                    must.add(new MustMention(result.id(), MustMention.Reason.CRITICAL_VALUE));
                case ResultFact result
                when result.reasons().contains(ResultReason.OUT_OF_RANGE) ->
                    must.add(new MustMention(result.id(), MustMention.Reason.OUT_OF_RANGE));
                case MedicationFact medication
                when medication.event() != MedicationEvent.LISTED ->
                    must.add(new MustMention(medication.id(), MustMention.Reason.MEDICINE_CHANGE));
                case ConditionFact condition ->
                    must.add(new MustMention(condition.id(), MustMention.Reason.NEW_CONDITION));
                default -> {}
            }
        }
        return must;
    }
}
