package org.visitprep.summary.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visitprep.lab.LabFlag;
import org.visitprep.lab.LocalizedText;
import org.visitprep.summary.CraftedPatient;
import org.visitprep.summary.SummaryFixtures;
import org.visitprep.summary.draft.FindingKind;
import org.visitprep.summary.draft.SectionKind;
import org.visitprep.summary.draft.SentenceOrigin;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.facts.AgendaItemFact;
import org.visitprep.summary.facts.ConditionFact;
import org.visitprep.summary.facts.EncounterFact;
import org.visitprep.summary.facts.EncounterSetting;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.FactFinder;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.facts.MedicationEvent;
import org.visitprep.summary.facts.MedicationFact;
import org.visitprep.summary.facts.PatientContextFact;
import org.visitprep.summary.facts.RangeBasis;
import org.visitprep.summary.facts.RangeUsed;
import org.visitprep.summary.facts.Reading;
import org.visitprep.summary.facts.RecordListFact;
import org.visitprep.summary.facts.ResultFact;
import org.visitprep.summary.facts.ResultReason;
import org.visitprep.summary.facts.WellnessMeasure;
import org.visitprep.summary.facts.WellnessTrendFact;
import org.visitprep.summary.wording.Numbers;

/**
 * The adversarial corpus ({@code adversarial-drafts.txt}): drafts a careless or hostile language model could write and
 * honest paraphrases a good one writes, each labelled with what the verifier must do, over the crafted patient's facts
 * (her age and sex, her active problems among them) and facts made for it: a critical serum potassium, a high serum
 * glucose, a potassium critical in January and back in range in February, a glucose above 600 mg/dL, a TSH below 5
 * that cannot be placed against 0.4 to 4, a positive blood culture, a negative influenza test, a SARS-CoV-2 the
 * laboratory flagged detected, an LDL from years before the window, a structured dose change, a medicine entered in
 * error, a new peanut allergy with its reaction and a list of seventeen current medicines. Shared by the tests and the
 * verifier's benchmark.
 */
public final class AdversarialCorpus {

    /**
     * One labelled draft.
     *
     * @param rules for a refusal, the findings any one of which it must carry; empty for an honest draft
     * @param line its line in the corpus file, to name it
     */
    public record Draft(
            int line,
            String category,
            boolean refuse,
            Set<FindingKind> rules,
            Locale language,
            String reader,
            List<String> factKeys,
            String text) {

        /** The draft as a summary sentence citing its facts, for the reader it is written for. */
        public SummarySentence sentence(AdversarialCorpus corpus) {
            List<Fact> cited = factKeys.stream().map(corpus::fact).toList();
            List<String> ids = cited.stream().map(Fact::id).toList();
            List<UUID> entries = cited.stream()
                    .flatMap(fact -> fact.entryIds().stream())
                    .distinct()
                    .toList();
            return switch (reader) {
                case "patient" -> SummarySentence.byEngine(1, SectionKind.OTHER, text, "-", ids, entries);
                case "clinician" -> SummarySentence.byEngine(1, SectionKind.OTHER, "-", text, ids, entries);
                case "own" ->
                    new SummarySentence(
                            1, SectionKind.OTHER, text, text, ids, entries, SentenceOrigin.EDITED_BY_PATIENT, false);
                default -> throw new IllegalStateException("line " + line + ": no reader " + reader);
            };
        }

        public boolean forClinician() {
            return reader.equals("clinician");
        }

        @Override
        public String toString() {
            return "line " + line + " (" + category + ", " + language + ", " + reader + "): " + text;
        }
    }

    private static final String RESOURCE = "adversarial-drafts.txt";
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final UUID SERUM_POTASSIUM = UUID.fromString("00000000-0000-4000-8000-00000000c001");
    private static final UUID SERUM_POTASSIUM_BEFORE = UUID.fromString("00000000-0000-4000-8000-00000000c002");
    private static final UUID GLUCOSE = UUID.fromString("00000000-0000-4000-8000-00000000c003");
    private static final UUID GLUCOSE_BEFORE = UUID.fromString("00000000-0000-4000-8000-00000000c004");
    private static final LocalDate VISIT_DAY = CraftedPatient.VISIT_DAY;

    private final FactsSnapshot facts;
    private final Map<String, Fact> byKey = new LinkedHashMap<>();
    private final List<Draft> drafts;

    private AdversarialCorpus(FactsSnapshot crafted) {
        List<Fact> all = new ArrayList<>(crafted.facts());
        all.add(criticalPotassium());
        all.add(highGlucose());
        all.addAll(MadeForTheCorpus.facts());
        this.facts = new FactsSnapshot(
                crafted.patientId(),
                crafted.window(),
                crafted.sex(),
                crafted.ageBand(),
                crafted.computedAt(),
                all,
                crafted.mustMention());
        keys();
        this.drafts = read();
    }

    /** The corpus over the crafted patient's facts, computed now. */
    public static AdversarialCorpus load() {
        return new AdversarialCorpus(FactFinder.standard(SummaryFixtures.CLOCK)
                .find(CraftedPatient.record(), CraftedPatient.WINDOW, CraftedPatient.agenda()));
    }

    public FactsSnapshot facts() {
        return facts;
    }

    public List<Draft> drafts() {
        return drafts;
    }

    public Fact fact(String key) {
        Fact fact = byKey.get(key);
        if (fact == null) {
            throw new IllegalStateException("the corpus names no fact " + key + "; it knows " + byKey.keySet());
        }
        return fact;
    }

    private void keys() {
        result("a1c", "4548-4");
        result("hemoglobin", "718-7");
        result("ferritin", "2276-4");
        result("tsh", "3016-3");
        result("potassium", "6298-4");
        result("systolic", "8480-6");
        result("diastolic", "8462-4");
        result("critical", "2823-3");
        result("glucose", "2345-7");
        medication("metformin-change", m -> m.event() == MedicationEvent.DOSAGE_CHANGED);
        medication("metformin-start", m -> m.event() == MedicationEvent.STARTED);
        medication("simvastatin", m -> m.event() == MedicationEvent.STOPPED);
        trend("steps", WellnessMeasure.STEPS);
        trend("sleep", WellnessMeasure.SLEEP);
        trend("weight", WellnessMeasure.BODY_WEIGHT);
        encounter("er", EncounterSetting.EMERGENCY);
        encounter("stay", EncounterSetting.HOSPITAL_STAY);
        byKey.put("prediabetes", facts.factsOf(ConditionFact.class).getFirst());
        List<AgendaItemFact> agenda = facts.factsOf(AgendaItemFact.class);
        byKey.put("agenda-tired", agenda.get(0));
        byKey.put("agenda-metformin", agenda.get(1));
        byKey.put("agenda-injection", agenda.get(2));
        byKey.put("context", facts.factsOf(PatientContextFact.class).getFirst());
        byKey.put(
                "problems",
                only(
                        facts.factsOf(RecordListFact.class),
                        list -> list.kind() == RecordListFact.Kind.ACTIVE_PROBLEMS,
                        "problems"));
        MadeForTheCorpus.byKey().forEach(byKey::put);
    }

    private void result(String key, String loinc) {
        byKey.put(key, only(facts.factsOf(ResultFact.class), fact -> fact.code().endsWith("|" + loinc), key));
    }

    private void medication(String key, Predicate<MedicationFact> which) {
        byKey.put(key, only(facts.factsOf(MedicationFact.class), which, key));
    }

    private void trend(String key, WellnessMeasure measure) {
        byKey.put(key, only(facts.factsOf(WellnessTrendFact.class), fact -> fact.measure() == measure, key));
    }

    private void encounter(String key, EncounterSetting setting) {
        byKey.put(key, only(facts.factsOf(EncounterFact.class), fact -> fact.setting() == setting, key));
    }

    /** The one fact of the crafted patient (not one made for the corpus) that fits. */
    private static <F extends Fact> F only(List<F> facts, Predicate<F> which, String key) {
        List<F> found = facts.stream()
                .filter(fact -> !MadeForTheCorpus.facts().contains(fact))
                .filter(which)
                .toList();
        if (found.size() != 1) {
            throw new IllegalStateException("the crafted patient has " + found.size() + " facts for " + key);
        }
        return found.getFirst();
    }

    /** 6.8 mmol/L, flagged critical high against the laboratory's 3.5 to 5.1 mmol/L; 4.3 mmol/L before. */
    private static ResultFact criticalPotassium() {
        return new ResultFact(
                "Fc0ffee01",
                "http://loinc.org|2823-3",
                new LocalizedText("Potassium, serum", "Potassium, sérum"),
                reading(SERUM_POTASSIUM, "6.8", "mmol/L", LocalDate.of(2026, 3, 20)),
                reading(SERUM_POTASSIUM_BEFORE, "4.3", "mmol/L", LocalDate.of(2025, 12, 1)),
                range("3.5", "5.1", "mmol/L", RangeBasis.RECORD, null),
                LabFlag.CRITICAL_HIGH,
                List.of(ResultReason.OUT_OF_RANGE, ResultReason.CHANGED));
    }

    /** 126 mg/dL, above the general adult range of 70 to 99 mg/dL; 101 mg/dL before. */
    private static ResultFact highGlucose() {
        return new ResultFact(
                "Fc0ffee02",
                "http://loinc.org|2345-7",
                new LocalizedText("Blood sugar (glucose), serum", "Sucre dans le sang (glycémie), sérum"),
                reading(GLUCOSE, "126", "mg/dL", LocalDate.of(2026, 3, 12)),
                reading(GLUCOSE_BEFORE, "101", "mg/dL", LocalDate.of(2025, 9, 10)),
                range("70", "99", "mg/dL", RangeBasis.GENERAL_ADULT, "UnityPoint Health - Finley Hospital Laboratory"),
                LabFlag.HIGH,
                List.of(ResultReason.OUT_OF_RANGE, ResultReason.CHANGED));
    }

    private static Reading reading(UUID entry, String value, String unit, LocalDate date) {
        BigDecimal exact = new BigDecimal(value);
        return new Reading(entry, exact, unit, unit, Numbers.displayScale(exact), date);
    }

    /** A range with both limits included, and for a general one its source's name. */
    private static RangeUsed range(String low, String high, String unit, RangeBasis basis, String source) {
        return new RangeUsed(new BigDecimal(low), true, new BigDecimal(high), true, unit, basis, null, source, null);
    }

    private List<Draft> read() {
        try (InputStream in = AdversarialCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing next to " + AdversarialCorpus.class.getName());
            }
            List<Draft> read = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String category = "";
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.startsWith("## ")) {
                    category = line.substring(3).strip();
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    read.add(draft(number, category, line));
                }
            }
            return List.copyOf(read);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
    }

    private Draft draft(int number, String category, String line) {
        String[] fields = line.split("\\s*\\|\\s*", 6);
        if (fields.length != 6 || !(fields[0].equals("accept") || fields[0].equals("refuse"))) {
            throw new IllegalStateException(
                    "line " + number + " is not expect | rule | language | reader | facts | text");
        }
        boolean refuse = fields[0].equals("refuse");
        Set<FindingKind> rules = fields[1].equals("-")
                ? Set.of()
                : Set.copyOf(Arrays.stream(fields[1].split("/"))
                        .map(FindingKind::valueOf)
                        .toList());
        if (refuse == rules.isEmpty()) {
            throw new IllegalStateException("line " + number + ": a refusal names its rule, an accept none");
        }
        List<String> keys = List.of(fields[4].split("\\s*,\\s*"));
        keys.forEach(this::fact);
        return new Draft(
                number,
                category,
                refuse,
                rules,
                Locale.forLanguageTag(fields[2]),
                fields[3],
                keys,
                unescaped(fields[5].strip()));
    }

    private static String unescaped(String text) {
        Matcher escape = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(
                    out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        return escape.appendTail(out).toString();
    }
}
