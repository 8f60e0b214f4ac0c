package org.visitprep.summary.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of a summary's facts every draft must state, computed from the facts alone, apart from any engine:
 * <ul>
 *   <li>every result with a value of the window at a critical level (the catalogue's critical limits, or the
 *       laboratory's HH, LL, AA), even when a later value is back in range;</li>
 *   <li>every result whose latest value in the window is outside its range or flagged, by the laboratory's own
 *       interpretation first, then its range, for any test; a qualitative result reported positive, detected or
 *       reactive, or flagged abnormal without a direction;</li>
 *   <li>every medicine started, stopped, put on hold, cancelled, entered in error or changed in dosage in the
 *       window;</li>
 *   <li>every condition and every allergy newly in the record in the window.</li>
 * </ul>
 * A result linked only because an agenda item asks about it, from before the window, is not news and not required.
 */
final class MustMentions {

    private MustMentions() {}

    static List<MustMention> of(List<Fact> facts, ReviewWindow window) {
        List<MustMention> must = new ArrayList<>();
        for (Fact fact : facts) {
            switch (fact) {
                case ResultFact result
                when result.reasons().contains(ResultReason.CRITICAL) ->
                    must.add(new MustMention(result.id(), MustMention.Reason.CRITICAL_VALUE));
                case ResultFact result
                when result.reasons().contains(ResultReason.OUT_OF_RANGE)
                        && window.contains(result.latest().date()) ->
                    must.add(new MustMention(result.id(), reasonOf(result)));
                case MedicationFact medication
                when medication.event() != MedicationEvent.LISTED ->
                    must.add(new MustMention(medication.id(), MustMention.Reason.MEDICINE_CHANGE));
                case ConditionFact condition ->
                    must.add(new MustMention(condition.id(), MustMention.Reason.NEW_CONDITION));
                case AllergyFact allergy -> must.add(new MustMention(allergy.id(), MustMention.Reason.NEW_ALLERGY));
                default -> {}
            }
        }
        return must;
    }

    private static MustMention.Reason reasonOf(ResultFact result) {
        boolean withoutDirection = !result.flag().isHigh() && !result.flag().isLow();
        return withoutDirection ? MustMention.Reason.ABNORMAL_RESULT : MustMention.Reason.OUT_OF_RANGE;
    }
}
