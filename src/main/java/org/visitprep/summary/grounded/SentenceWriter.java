package org.visitprep.summary.grounded;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.visitprep.summary.draft.Audience;
import org.visitprep.summary.draft.SectionKind;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.facts.AgendaItemFact;
import org.visitprep.summary.facts.Fact;

/** Writes one sentence per fact for both audiences, citing the fact and the entries it rests on. */
final class SentenceWriter {

    private final FactWording forPatient;
    private final FactWording forClinician;
    private final Locale locale;

    SentenceWriter(Locale patientLocale) {
        Phrasebook patient = new Phrasebook(patientLocale, Audience.PATIENT);
        this.forPatient = new FactWording(patient);
        this.forClinician = new FactWording(new Phrasebook(patientLocale, Audience.CLINICIAN));
        this.locale = patient.locale();
    }

    Locale locale() {
        return locale;
    }

    SummarySentence about(Fact fact, SectionKind section) {
        return written(section, wording -> wording.about(fact), fact.id(), fact.entryIds());
    }

    /** The short form of a fact the summary must mention, under "needs attention". */
    SummarySentence needingAttention(Fact fact) {
        return written(SectionKind.NEEDS_ATTENTION, wording -> wording.attention(fact), fact.id(), fact.entryIds());
    }

    /** An agenda item no data goes with, saying so in the same sentence. */
    SummarySentence aloneOnAgenda(AgendaItemFact item) {
        return written(SectionKind.AGENDA, wording -> wording.aloneOnAgenda(item), item.id(), List.of());
    }

    private SummarySentence written(
            SectionKind section, Function<FactWording, String> words, String factId, List<UUID> entryIds) {
        return SummarySentence.byEngine(
                1, section, words.apply(forPatient), words.apply(forClinician), List.of(factId), entryIds);
    }

    SummarySentence plain(int number, SectionKind section, List<Fact> facts) {
        return SummarySentence.byEngine(
                number,
                section,
                facts.stream().map(forPatient::plain).collect(Collectors.joining(" ")),
                facts.stream().map(forClinician::plain).collect(Collectors.joining(" ")),
                facts.stream().map(Fact::id).toList(),
                facts.stream()
                        .flatMap(fact -> fact.entryIds().stream())
                        .distinct()
                        .toList());
    }
}
