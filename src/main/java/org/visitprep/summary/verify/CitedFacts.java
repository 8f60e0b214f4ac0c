package org.visitprep.summary.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.FactNumber;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.wording.Folding;

/** A snapshot's facts by id and by the entries they rest on, built once per draft. */
final class CitedFacts {

    private final Map<String, Fact> byId = new HashMap<>();
    private final Map<UUID, List<Fact>> byEntry = new HashMap<>();

    CitedFacts(FactsSnapshot snapshot) {
        for (Fact fact : snapshot.facts()) {
            byId.put(fact.id(), fact);
            fact.entryIds()
                    .forEach(entry -> byEntry.computeIfAbsent(entry, k -> new ArrayList<>())
                            .add(fact));
        }
    }

    Fact fact(String id) {
        return byId.get(id);
    }

    boolean holdsEntry(UUID entry) {
        return byEntry.containsKey(entry);
    }

    List<Fact> restingOn(UUID entry) {
        return byEntry.getOrDefault(entry, List.of());
    }

    /** What a set of cited facts states, gathered for one sentence. */
    record Statements(List<FactNumber> numbers, Set<LocalDate> dates, List<String> verbatim) {

        static Statements of(Set<Fact> facts) {
            List<FactNumber> numbers = new ArrayList<>();
            Set<LocalDate> dates = new LinkedHashSet<>();
            List<String> verbatim = new ArrayList<>();
            for (Fact fact : facts) {
                numbers.addAll(fact.numbers());
                dates.addAll(fact.dates());
                fact.verbatim().stream()
                        .map(text -> Folding.fold(text).replaceAll("\\s+", " ").strip())
                        .filter(text -> !text.isEmpty())
                        .forEach(verbatim::add);
            }
            return new Statements(numbers, dates, verbatim);
        }
    }
}
