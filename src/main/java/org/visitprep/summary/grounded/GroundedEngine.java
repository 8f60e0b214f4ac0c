package org.visitprep.summary.grounded;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.Engine;
import org.visitprep.summary.draft.FallbackNote;
import org.visitprep.summary.draft.Notes;
import org.visitprep.summary.draft.SectionKind;
import org.visitprep.summary.draft.SummarySection;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.facts.AgendaItemFact;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.FactsSnapshot;

/**
 * The default engine: renders facts as short plain sentences in English or French, one per fact, each citing the
 * fact and its entries. Deterministic (the same facts, locale and clock give the same summary), offline, and fast:
 * one pass over the facts, no record access. Sections follow a one-minute read: the patient's agenda first, each
 * item followed by the data linked to it, then what changed or is out of range, medicines, wellness, and the rest.
 * A fact shown under the agenda is not repeated further down.
 */
public final class GroundedEngine {

    private final Clock clock;

    public GroundedEngine(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public DraftSummary write(FactsSnapshot facts, Locale patientLocale) {
        Phrasebook phrases = new Phrasebook(patientLocale);
        SentenceWriter writer = new SentenceWriter(phrases);
        Map<SectionKind, List<SummarySentence>> sentences = new EnumMap<>(SectionKind.class);
        Set<String> written = new HashSet<>();
        for (AgendaItemFact item : facts.factsOf(AgendaItemFact.class)) {
            List<SummarySentence> agenda = sentences.computeIfAbsent(SectionKind.AGENDA, k -> new ArrayList<>());
            agenda.add(writer.about(item));
            written.add(item.id());
            if (item.linkedFactIds().isEmpty()) {
                agenda.add(writer.nothingLinkedTo(item));
            }
            for (String linked : item.linkedFactIds()) {
                facts.fact(linked).ifPresent(fact -> {
                    agenda.add(writer.about(fact));
                    written.add(fact.id());
                });
            }
        }
        for (Fact fact : facts.facts()) {
            if (written.add(fact.id())) {
                sentences
                        .computeIfAbsent(SectionKind.of(fact), k -> new ArrayList<>())
                        .add(writer.about(fact));
            }
        }
        List<SummarySection> sections = new ArrayList<>();
        sentences.forEach((kind, list) ->
                sections.add(new SummarySection(kind, Notes.text("section." + kind, phrases.locale()), list)));
        return new DraftSummary(
                facts.patientId(),
                phrases.locale(),
                sections,
                Notes.text("disclaimer", phrases.locale()),
                Engine.GROUNDED,
                DraftSummary.NO_MODEL,
                clock.instant(),
                facts,
                null);
    }

    /** The grounded summary standing in for the language model's, with the note saying why. */
    public DraftSummary standIn(FactsSnapshot facts, Locale patientLocale, FallbackNote why) {
        return write(facts, patientLocale).withFallback(why);
    }
}
