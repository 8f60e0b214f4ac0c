package org.visitprep.summary.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One list of the clinician's at-a-glance header: the active problems, the current medicines or the allergies, each
 * item as the record names it, citing the entry it rests on. A long list shows its first items and says how many
 * more there are, which the record holds too.
 *
 * @param shown the items shown, in the list's order
 * @param total how many items the list has; more than {@code shown} when the rest is left for the record
 * @param entryIds the entries of every item, one each, in the list's order (the shown ones first)
 */
public record RecordListFact(String id, Kind kind, List<String> shown, int total, List<UUID> entryIds) implements Fact {

    /** Which list it is. */
    public enum Kind {
        /** Conditions whose clinical status is active, recurrence or relapse. */
        ACTIVE_PROBLEMS,
        /** Medicines whose latest entry is active. */
        CURRENT_MEDICINES,
        /** Allergies and intolerances neither refuted, entered in error, inactive nor resolved. */
        ALLERGIES
    }

    public RecordListFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        shown = List.copyOf(shown);
        entryIds = List.copyOf(entryIds);
        if (shown.isEmpty() || total < shown.size() || entryIds.size() != total) {
            throw new IllegalArgumentException(
                    "a list shows one item at least, no more than it has, and cites each of its items");
        }
    }

    /** How many items the list has beyond those shown. */
    public int notShown() {
        return total - shown.size();
    }

    @Override
    public List<FactNumber> numbers() {
        List<FactNumber> numbers = new ArrayList<>(FactTexts.numbersIn(shown));
        numbers.add(new FactNumber(BigDecimal.valueOf(total), "", 0));
        if (notShown() > 0) {
            numbers.add(new FactNumber(BigDecimal.valueOf(notShown()), "", 0));
        }
        return numbers;
    }

    @Override
    public List<LocalDate> dates() {
        return List.of();
    }

    @Override
    public List<String> verbatim() {
        return shown;
    }
}
