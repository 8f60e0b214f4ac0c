package org.visitprep.summary.facts;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The facts a summary was made from, kept with it so any draft (an engine's, or one the patient edited) can be
 * checked against them later. It names the patient's portal account, not the patient.
 *
 * @param sex the administrative sex the record gives (female, male, other, unknown), or null
 * @param ageBand the patient's age at the end of the window in ten-year bands ("40-49", "90+"), or null
 * @param computedAt when the facts were computed
 * @param mustMention the facts every draft must state, computed apart from any engine
 */
public record FactsSnapshot(
        UUID patientId,
        ReviewWindow window,
        String sex,
        String ageBand,
        Instant computedAt,
        List<Fact> facts,
        List<MustMention> mustMention) {

    public FactsSnapshot {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(computedAt, "computedAt");
        facts = List.copyOf(facts);
        mustMention = mustMention == null ? List.of() : List.copyOf(mustMention);
        Set<String> ids = new java.util.HashSet<>();
        facts.forEach(fact -> ids.add(fact.id()));
        for (MustMention must : mustMention) {
            if (!ids.contains(must.factId())) {
                throw new IllegalArgumentException("a must-mention fact is not among the facts: " + must.factId());
            }
        }
    }

    /** Whether every draft must state this fact. */
    public boolean mustMention(String factId) {
        return mustMention.stream().anyMatch(must -> must.factId().equals(factId));
    }

    public Optional<Fact> fact(String id) {
        return facts.stream().filter(fact -> fact.id().equals(id)).findFirst();
    }

    /** Every entry some fact rests on. */
    public Set<UUID> entryIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        facts.forEach(fact -> ids.addAll(fact.entryIds()));
        return ids;
    }

    /** The facts of one kind, in snapshot order. */
    public <F extends Fact> List<F> factsOf(Class<F> kind) {
        return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
