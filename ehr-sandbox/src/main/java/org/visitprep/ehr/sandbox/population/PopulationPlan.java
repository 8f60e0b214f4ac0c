package org.visitprep.ehr.sandbox.population;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The demo population with its pinned Synthea seeds. The seeds were found with {@code SyntheaPopulation --find}
 * (see the module README); changing anything here changes the generated files, so bump {@link #VERSION} too.
 */
final class PopulationPlan {

    /** Raised whenever the plan or the way files are written changes, so old output gets regenerated. */
    static final String VERSION = "1";

    /** Synthea simulates up to this day and never past it, so the records do not depend on when they are made. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 1);

    private static final int YEARS_OF_LAB_TRENDS = 3;

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson(
                    "alice",
                    "Alice",
                    "The demo patient: years of HbA1c, lipid, blood count and metabolic labs, with prediabetes, "
                            + "diabetes or hyperlipidemia",
                    "F",
                    52,
                    58,
                    9L,
                    10,
                    PopulationPlan::showsMetabolicTrends,
                    "HbA1c, lipid panel, CBC and metabolic panel measured in at least " + YEARS_OF_LAB_TRENDS
                            + " different years, and prediabetes, diabetes or hyperlipidemia"),
            demoPatient("ben", "Ben", "A demo patient: a man in his sixties", "M", 60, 69, 1L),
            demoPatient("chloe", "Chloe", "A demo patient: a woman in her thirties", "F", 30, 39, 2L),
            demoPatient("david", "David", "A demo patient: a man in his seventies", "M", 70, 79, 4L),
            new DemoPerson(
                    "elderly-benchmark",
                    null,
                    "The benchmark patient: a whole long life, 15,000 to 25,000 resources (about 40 MB)",
                    "F",
                    94,
                    97,
                    10L,
                    0,
                    record -> record.resourceCount() >= 15_000 && record.resourceCount() <= 25_000,
                    "15,000 to 25,000 resources"));

    private PopulationPlan() {}

    static Optional<DemoPerson> person(String key) {
        return PEOPLE.stream().filter(person -> person.key().equals(key)).findFirst();
    }

    private static DemoPerson demoPatient(
            String key, String givenName, String role, String gender, int minAge, int maxAge, long seed) {
        Predicate<RecordProfile> aRecordOfDemoSize =
                record -> record.resourceCount() >= 100 && record.resourceCount() <= 3_000;
        return new DemoPerson(
                key,
                givenName,
                role,
                gender,
                minAge,
                maxAge,
                seed,
                10,
                aRecordOfDemoSize,
                "100 to 3,000 resources, a record of demo size");
    }

    private static boolean showsMetabolicTrends(RecordProfile record) {
        return record.yearsMeasuredAny(Loinc.HBA1C) >= YEARS_OF_LAB_TRENDS
                && record.yearsMeasuredAny(Loinc.TOTAL_CHOLESTEROL) >= YEARS_OF_LAB_TRENDS
                && record.yearsMeasuredAny(Loinc.LDL_CHOLESTEROL) >= YEARS_OF_LAB_TRENDS
                && record.yearsMeasuredAny(Loinc.CBC) >= YEARS_OF_LAB_TRENDS
                && record.yearsMeasuredAny(Loinc.METABOLIC_PANEL) >= YEARS_OF_LAB_TRENDS
                && record.hasAnyCondition(Snomed.PREDIABETES, Snomed.DIABETES_TYPE_2, Snomed.HYPERLIPIDEMIA);
    }

    /** LOINC codes Synthea writes for the labs alice must show; several codes stand for one lab. */
    private static final class Loinc {
        static final String[] HBA1C = {"4548-4"};
        static final String[] TOTAL_CHOLESTEROL = {"2093-3"};
        static final String[] LDL_CHOLESTEROL = {"18262-6", "13457-7"};
        static final String[] CBC = {"718-7", "6690-2", "789-8"};
        static final String[] METABOLIC_PANEL = {"2339-0", "2345-7", "38483-4", "2160-0"};
    }

    private static final class Snomed {
        static final String PREDIABETES = "15777000";
        static final String DIABETES_TYPE_2 = "44054006";
        static final String HYPERLIPIDEMIA = "55822004";
    }
}
