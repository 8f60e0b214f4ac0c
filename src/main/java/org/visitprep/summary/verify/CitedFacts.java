package org.visitprep.summary.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.visitprep.summary.draft.Finding;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.wording.Normalised;

/**
 * A snapshot's facts by id and by the entries they rest on, built once per draft, with each fact's {@link
 * FactGrounds} read on first need in the draft's language.
 */
final class CitedFacts {

    private final Map<String, Fact> byId = new HashMap<>();
    private final Map<UUID, List<Fact>> byEntry = new HashMap<>();
    private final Map<String, FactGrounds> grounds = new HashMap<>();
    private final Map<String, String> normalised = new HashMap<>();
    private final Map<String, List<Finding>> secondLine = new HashMap<>();
    private final Locale locale;
    private final LocalDate visitDay;

    CitedFacts(FactsSnapshot snapshot, Locale locale) {
        this.locale = locale;
        this.visitDay = snapshot.window().to();
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

    FactGrounds grounds(Fact fact) {
        return grounds.computeIfAbsent(fact.id(), id -> new FactGrounds(fact, locale));
    }

    /** The text in its normal form, read once per draft: both readers' words are often the same. */
    String normalised(String text) {
        return normalised.computeIfAbsent(text, words -> Normalised.of(words, locale));
    }

    /** What the deny-list finds in a text without its quotations, read once per draft. */
    List<Finding> secondLine(String unquoted, Function<String, List<Finding>> rules) {
        return secondLine.computeIfAbsent(unquoted, rules);
    }

    /** The language the draft is written in. */
    Locale locale() {
        return locale;
    }

    /** The last day of the summary's window: the visit, from which the age of old data is told. */
    LocalDate visitDay() {
        return visitDay;
    }
}
