package org.visitprep.summary.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.visitprep.record.Coding;
import org.visitprep.summary.agenda.Agenda;
import org.visitprep.summary.agenda.AgendaItem;
import org.visitprep.summary.agenda.AgendaTopic;
import org.visitprep.summary.agenda.AgendaTopics;
import org.visitprep.summary.wording.Folding;

/**
 * Links each agenda item to data: the latest results of the codes its words touch (by the cited keyword table), the
 * wellness trend of such a code when there is one, and the medicines of the record its words name. A fact already in
 * the summary is linked rather than repeated; a result shown only because of the agenda is marked so.
 */
final class AgendaLinks {

    /** A few linked facts per item keep the agenda a one-minute read. */
    private static final int MOST_LINKS_PER_ITEM = 6;

    private static final int SHORTEST_MEDICINE_WORD = 5;
    private static final Set<String> DOSAGE_FORM_WORDS = Set.of(
            "oral",
            "tablet",
            "tablets",
            "capsule",
            "capsules",
            "extended",
            "release",
            "delayed",
            "injection",
            "injectable",
            "solution",
            "suspension",
            "hydrochloride",
            "product",
            "inhaler",
            "inhalation",
            "metered",
            "daily",
            "chewable",
            "topical",
            "cream",
            "prefilled",
            "syringe",
            "powder",
            "coated",
            "actuat",
            "spray",
            "nasal",
            "patch",
            "transdermal",
            "ointment",
            "dose");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    private final AgendaTopics topics;
    private final ResultFacts results;
    private final MedicationFacts medications;
    private final ReviewWindow window;

    private final Map<String, ResultFact> resultFacts = new LinkedHashMap<>();
    private final Map<String, WellnessTrendFact> trends = new LinkedHashMap<>();
    private final Map<String, MedicationFact> addedMedications = new LinkedHashMap<>();
    private final List<AgendaItemFact> items = new ArrayList<>();

    AgendaLinks(
            AgendaTopics topics,
            ResultFacts results,
            MedicationFacts medications,
            ReviewWindow window,
            List<ResultFact> resultsFound,
            List<WellnessTrendFact> trendsFound) {
        this.topics = topics;
        this.results = results;
        this.medications = medications;
        this.window = window;
        resultsFound.forEach(fact -> resultFacts.put(fact.id(), fact));
        trendsFound.forEach(trend -> trends.put(trend.measure().loinc(), trend));
    }

    void link(Agenda agenda) {
        List<AgendaItem> agendaItems = agenda.items();
        for (int i = 0; i < agendaItems.size(); i++) {
            AgendaItem item = agendaItems.get(i);
            List<AgendaTopic> mentioned = topics.mentionedIn(item.text());
            Set<String> linked = new LinkedHashSet<>();
            Set<String> codes = new LinkedHashSet<>();
            mentioned.forEach(topic -> codes.addAll(topic.loincCodes()));
            for (String code : codes) {
                if (linked.size() >= MOST_LINKS_PER_ITEM) {
                    break;
                }
                WellnessTrendFact trend = trends.get(code);
                if (trend != null) {
                    linked.add(trend.id());
                    continue;
                }
                for (ResultFact latest : results.latest(new Coding(Coding.LOINC, code, null), window.end())) {
                    linked.add(asked(latest).id());
                }
            }
            for (MedicationFacts.Listed medicine : medications.listed()) {
                if (linked.size() < MOST_LINKS_PER_ITEM && names(item.text(), medicine.name())) {
                    List<MedicationFact> changes = medications.factsOf(medicine.key());
                    if (changes.isEmpty()) {
                        linked.add(listed(medicine).id());
                    }
                    changes.forEach(change -> linked.add(change.id()));
                }
            }
            items.add(new AgendaItemFact(
                    FactIds.of("agenda", i + 1, item.kind(), item.text()),
                    i + 1,
                    item.kind(),
                    item.text(),
                    mentioned.stream().map(AgendaTopic::id).toList(),
                    List.copyOf(linked)));
        }
    }

    List<AgendaItemFact> items() {
        return List.copyOf(items);
    }

    /** Every result fact: those found for the window (some now also asked about), then those the agenda added. */
    List<ResultFact> resultFacts() {
        return List.copyOf(resultFacts.values());
    }

    List<MedicationFact> addedMedications() {
        return List.copyOf(addedMedications.values());
    }

    private ResultFact asked(ResultFact latest) {
        for (ResultFact existing : resultFacts.values()) {
            if (existing.code().equals(latest.code())
                    && existing.latest().entryId().equals(latest.latest().entryId())) {
                ResultFact marked = existing.because(ResultReason.ASKED_ABOUT);
                resultFacts.put(marked.id(), marked);
                return marked;
            }
        }
        ResultFact added = latest.because(ResultReason.ASKED_ABOUT);
        resultFacts.put(added.id(), added);
        return added;
    }

    private MedicationFact listed(MedicationFacts.Listed medicine) {
        MedicationFact fact = medicine.asFact(window);
        addedMedications.putIfAbsent(fact.id(), fact);
        return fact;
    }

    /** Whether the agenda text uses a distinctive word of the medicine's name ("metformin", not "tablet"). */
    private static boolean names(String agendaText, String medicineName) {
        Set<String> said = new LinkedHashSet<>();
        WORD.matcher(Folding.fold(agendaText)).results().forEach(word -> said.add(word.group()));
        return WORD.matcher(Folding.fold(medicineName))
                .results()
                .map(word -> word.group())
                .filter(word -> word.length() >= SHORTEST_MEDICINE_WORD && !DOSAGE_FORM_WORDS.contains(word))
                .anyMatch(said::contains);
    }
}
