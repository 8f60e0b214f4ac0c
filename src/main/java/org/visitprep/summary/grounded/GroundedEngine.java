package org.visitprep.summary.grounded;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.Engine;
import org.visitprep.summary.draft.Notes;
import org.visitprep.summary.draft.SectionKind;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.facts.AgendaItemFact;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.FactsSnapshot;

/**
 * The default engine: renders facts as short plain sentences in English or French, one per fact, each written for the
 * patient (second person) and for the clinician (third person) and citing the fact and its entries. Deterministic
 * (the same facts, locale and clock give the same summary), offline, and fast: one pass over the facts, no record
 * access. Sections follow a one-minute read: the patient at a glance (age, sex, active problems, current medicines,
 * allergies), then what needs attention (every fact the summary must mention, each in its short form of about a line),
 * then the patient's agenda, each item followed by the data linked to it, then what changed, medicines, wellness,
 * and the rest. No fact is written twice (one shown under "needs attention" is not repeated with the agenda item it
 * is linked to), and no sentence either: two facts that read the same make one sentence citing both.
 */
public final class GroundedEngine {

    private final Clock clock;

    public GroundedEngine(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public DraftSummary write(FactsSnapshot facts, Locale patientLocale) {
        SentenceWriter writer = new SentenceWriter(patientLocale);
        List<SummarySentence> sentences = new ArrayList<>();
        Set<String> written = new HashSet<>();
        for (Fact fact : facts.facts()) {
            if (SectionKind.of(fact) == SectionKind.AT_A_GLANCE && written.add(fact.id())) {
                sentences.add(writer.about(fact, SectionKind.AT_A_GLANCE));
            }
        }
        Set<String> mustMention = new HashSet<>();
        facts.mustMention().forEach(must -> mustMention.add(must.factId()));
        for (Fact fact : facts.facts()) {
            if (mustMention.contains(fact.id()) && written.add(fact.id())) {
                sentences.add(writer.needingAttention(fact));
            }
        }
        for (AgendaItemFact item : facts.factsOf(AgendaItemFact.class)) {
            written.add(item.id());
            if (item.linkedFactIds().isEmpty()) {
                sentences.add(writer.aloneOnAgenda(item));
                continue;
            }
            sentences.add(writer.about(item, SectionKind.AGENDA));
            for (String linked : item.linkedFactIds()) {
                facts.fact(linked)
                        .filter(fact -> written.add(fact.id()))
                        .ifPresent(fact -> sentences.add(writer.about(fact, SectionKind.AGENDA)));
            }
        }
        for (Fact fact : facts.facts()) {
            if (written.add(fact.id())) {
                sentences.add(writer.about(fact, SectionKind.of(fact)));
            }
        }
        List<SummarySentence> inOrder = new ArrayList<>();
        DraftSummary.bySection(sentences).values().forEach(inOrder::addAll);
        Locale locale = writer.locale();
        return new DraftSummary(
                facts.patientId(),
                locale,
                DraftSummary.numbered(withoutRepeats(inOrder)),
                Notes.text("disclaimer", locale),
                Engine.GROUNDED,
                DraftSummary.NO_MODEL,
                clock.instant(),
                facts,
                null,
                null);
    }

    /** The sentence about a fact the summary must mention, in its short form under "needs attention". */
    public SummarySentence needingAttention(Fact fact, FactsSnapshot facts, Locale patientLocale) {
        return new SentenceWriter(patientLocale).needingAttention(fact);
    }

    /**
     * The plainest true sentence about what a sentence cites (each fact's name, value and date, no comparison), to
     * stand in for a sentence the verifier refused; same number and section.
     */
    public SummarySentence plainForm(SummarySentence refused, FactsSnapshot facts, Locale patientLocale) {
        SentenceWriter writer = new SentenceWriter(patientLocale);
        List<Fact> cited = refused.factIds().stream()
                .flatMap(id -> facts.fact(id).stream())
                .toList();
        return writer.plain(refused.number(), refused.section(), cited);
    }

    /**
     * The sentences with each text once: a sentence that reads the same as one before it (two facts that say the same,
     * such as the same condition recorded by two sources) is folded into the first, which then cites both.
     */
    private static List<SummarySentence> withoutRepeats(List<SummarySentence> sentences) {
        Map<String, SummarySentence> byText = new LinkedHashMap<>();
        for (SummarySentence sentence : sentences) {
            byText.merge(
                    sentence.patientText(),
                    sentence,
                    (first, again) -> SummarySentence.byEngine(
                            first.number(),
                            first.section(),
                            first.patientText(),
                            first.clinicianText(),
                            union(first.factIds(), again.factIds()),
                            union(first.entryIds(), again.entryIds())));
        }
        return List.copyOf(byText.values());
    }

    private static <T> List<T> union(List<T> first, List<T> more) {
        Set<T> all = new LinkedHashSet<>(first);
        all.addAll(more);
        return List.copyOf(all);
    }
}
