package org.visitprep.sharing;

import java.util.Objects;
import org.visitprep.visit.Agenda;
import org.visitprep.visit.SummaryContent;

/**
 * An item of an approved summary that a clinician marks as discussed: a sentence by its number, or an agenda item by
 * its position (from 1; the symptoms are one item, number 1).
 */
public record DiscussedItem(Kind kind, int number) {

    public enum Kind {
        SENTENCE,
        CONCERN,
        SYMPTOMS,
        QUESTION,
        MEDICINE
    }

    public DiscussedItem {
        Objects.requireNonNull(kind, "kind");
    }

    public static DiscussedItem sentence(int number) {
        return new DiscussedItem(Kind.SENTENCE, number);
    }

    public static DiscussedItem concern(int position) {
        return new DiscussedItem(Kind.CONCERN, position);
    }

    /** Whether the approved summary has this item. */
    public boolean isIn(SummaryContent approved) {
        Agenda agenda = approved.visit().agenda();
        return switch (kind) {
            case SENTENCE -> approved.keptSentences().stream().anyMatch(s -> s.number() == number);
            case CONCERN -> number >= 1 && number <= agenda.concerns().size();
            case SYMPTOMS -> number == 1 && !agenda.symptoms().isEmpty();
            case QUESTION -> number >= 1 && number <= agenda.questions().size();
            case MEDICINE -> number >= 1 && number <= agenda.medicines().size();
        };
    }
}
