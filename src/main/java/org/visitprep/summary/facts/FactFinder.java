package org.visitprep.summary.facts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.visitprep.lab.AnalyteGroups;
import org.visitprep.lab.LabCatalogue;
import org.visitprep.lab.ResultJudge;
import org.visitprep.record.EntryKind;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.StoredEntry;
import org.visitprep.summary.agenda.Agenda;
import org.visitprep.summary.agenda.AgendaTopics;

/**
 * Computes the facts of a visit summary from a patient's record, a window and their agenda: the patient at a glance
 * (age, sex, active problems, current medicines, allergies); results critical, out of range or flagged by their
 * laboratory, or changed notably; medicines started, stopped, put on hold, cancelled, entered in error or changed in
 * dosage; new conditions and allergies; hospital and emergency encounters; wellness trends; and the agenda items with
 * the data linked to them. It also computes, apart from any engine, which facts every draft must mention
 * ({@link MustMentions}).
 *
 * <p>It reads the record through a handful of {@link PatientRecord} questions (the window's observations and
 * encounters, the medicines, conditions and allergies, and the history of the few codes that need one), never the
 * whole record entry by entry, and never touches an original resource. Entries are read in {@link EntryOrder}, so
 * the same record gives the same facts whatever order a database returns ties in. Thread-safe: one instance serves
 * the application.
 */
public final class FactFinder {

    private final ResultJudge judge;
    private final AnalyteGroups groups;
    private final AgendaTopics topics;
    private final Clock clock;

    public FactFinder(LabCatalogue catalogue, AnalyteGroups groups, AgendaTopics topics, Clock clock) {
        this.judge = new ResultJudge(Objects.requireNonNull(catalogue, "catalogue"));
        this.groups = Objects.requireNonNull(groups, "groups");
        this.topics = Objects.requireNonNull(topics, "topics");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** With the shipped lab catalogue, analyte groups and agenda table. */
    public static FactFinder standard(Clock clock) {
        return new FactFinder(LabCatalogue.standard(), AnalyteGroups.standard(), AgendaTopics.standard(), clock);
    }

    public FactsSnapshot find(PatientRecord record, ReviewWindow window, Agenda agenda) {
        PatientFacts patient = new PatientFacts(record.patient().orElse(null));
        List<StoredEntry> medicines = record.medications();
        List<StoredEntry> conditionEntries = record.conditions();
        List<StoredEntry> allergyEntries = record.allergies();
        List<Fact> glance = new GlanceFacts(record, window).find(patient, medicines, conditionEntries, allergyEntries);
        ResultFacts results = new ResultFacts(record, judge, groups, patient.asTested(), window);
        List<ResultFact> resultFacts =
                results.find(record.between(Set.of(EntryKind.OBSERVATION), window.start(), window.end()));
        MedicationFacts medications = new MedicationFacts(medicines, window);
        List<MedicationFact> medicationFacts = medications.find();
        List<WellnessTrendFact> trends = WellnessTrends.find(record, window);
        List<ConditionFact> conditions = RecordEventFacts.newConditions(conditionEntries, window);
        List<AllergyFact> allergies = RecordEventFacts.newAllergies(allergyEntries, window);
        List<EncounterFact> encounters = RecordEventFacts.hospitalAndEmergency(
                record.between(Set.of(EntryKind.ENCOUNTER), window.start(), window.end()));

        AgendaLinks links = new AgendaLinks(topics, results, medications, window, resultFacts, trends);
        links.link(agenda);

        List<Fact> facts = new ArrayList<>(glance);
        facts.addAll(links.items());
        facts.addAll(links.resultFacts());
        facts.addAll(medicationFacts);
        facts.addAll(links.addedMedications());
        facts.addAll(trends);
        facts.addAll(encounters);
        facts.addAll(conditions);
        facts.addAll(allergies);
        requireUniqueIds(facts);
        return new FactsSnapshot(
                record.patientId(),
                window,
                patient.sexCode(),
                patient.ageBandOn(window.to()),
                clock.instant(),
                facts,
                MustMentions.of(facts, window));
    }

    private static void requireUniqueIds(List<Fact> facts) {
        Set<String> ids = new HashSet<>();
        for (Fact fact : facts) {
            if (!ids.add(fact.id())) {
                throw new IllegalStateException("two facts share the id " + fact.id());
            }
        }
    }
}
