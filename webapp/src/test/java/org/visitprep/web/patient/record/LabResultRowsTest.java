package org.visitprep.web.patient.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.visitprep.lab.ResultJudge;
import org.visitprep.lab.TestedPerson;
import org.visitprep.record.InMemoryPatientRecord;
import org.visitprep.record.StoredEntry;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.importing.RecordImporter;
import org.visitprep.record.reading.ImportLimits;
import org.visitprep.record.reading.ImportSource;
import org.visitprep.record.reading.SourceKind;
import org.visitprep.summary.agenda.Agenda;
import org.visitprep.summary.facts.FactFinder;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.facts.ResultFact;
import org.visitprep.summary.facts.ReviewWindow;

/**
 * The Labs page's rows of a record whose laboratory flags its results itself: the flag the laboratory gave, in its
 * words; a value that cannot be placed; equivalent codes as one test; and, for every result a summary must mention,
 * the same flag and name on the page as in the summary.
 */
class LabResultRowsTest {

    private static final LocalDate VISIT = LocalDate.of(2026, 4, 1);
    private static InMemoryPatientRecord record;
    private static List<LabResultRow> english;
    private static List<LabResultRow> french;

    @BeforeAll
    static void importTheRecord() throws IOException {
        RecordImporter importer =
                RecordImporter.create(FhirContext.forR4(), ForkJoinPool.commonPool(), ImportLimits.defaults());
        String bundle = bundle(
                "{\"resourceType\":\"Patient\",\"id\":\"p\",\"gender\":\"female\",\"birthDate\":\"1958-04-02\"}",
                lab("lpa", "10835-7", "Lipoprotein a", "2026-03-01", quantity(null, "80", "mg/dL"), "", "H"),
                lab("alt", "1742-6", "ALT", "2026-03-01", quantity(null, "50", "U/L"), range("7", "40", "U/L"), null),
                lab("crp", "1988-5", "CRP", "2026-03-01", quantity("<", "5", "mg/L"), range("2", "10", "mg/L"), null),
                lab(
                        "culture",
                        "600-7",
                        "Bacteria identified in Blood by Culture",
                        "2026-02-02",
                        ",\"valueCodeableConcept\":{\"text\":\"Positive\"}",
                        "",
                        null),
                lab("cr-1", "38483-4", "Creatinine", "2025-09-01", quantity(null, "1.0", "mg/dL"), "", null),
                lab("cr-2", "2160-0", "Creatinine serum", "2026-03-01", quantity(null, "2.1", "mg/dL"), "", null),
                lab("k", "6298-4", "Potassium", "2026-03-01", quantity(null, "6.8", "mmol/L"), "", "H"));
        ImportResult imported = (ImportResult) importer.read(
                ImportSource.ofBytes("flagged.json", bundle.getBytes(StandardCharsets.UTF_8), SourceKind.FHIR));
        record = InMemoryPatientRecord.of(UUID.randomUUID(), "FHIR file flagged.json", imported.entries());
        english = rows(Locale.ENGLISH);
        french = rows(Locale.FRENCH);
    }

    @Test
    void aFlagTheLaboratoryGaveIsShownInItsWordsEvenWithoutARange() {
        LabResultRow lipoprotein = row(english, "Lipoprotein a");
        assertEquals("High (laboratory’s flag)", lipoprotein.flag().text());
        assertTrue(lipoprotein.flag().outOfRange());
        assertEquals("", lipoprotein.range());
        assertEquals(
                "Élevé (signalé par le laboratoire)",
                row(french, "Lipoprotein a").flag().text());
    }

    @Test
    void theLaboratorysRangeDecidesForAnyTestAndACriticalLimitForTheCatalogues() {
        assertEquals("High", row(english, "ALT (liver enzyme)").flag().text(), "50 is above the laboratory's 40");
        assertEquals("Very high", row(english, "Potassium").flag().text(), "6.8 is past the critical 6.0");
    }

    @Test
    void aValueThatCannotBePlacedAgainstItsRangeSaysSo() {
        LabResultRow crp = row(english, "CRP");
        assertEquals("< 5 mg/L", crp.value());
        assertEquals("Cannot be placed against the range", crp.flag().text());
        assertFalse(crp.flag().outOfRange());
        assertEquals(
                "Impossible à situer par rapport à l’intervalle",
                row(french, "CRP").flag().text());
    }

    @Test
    void aPositiveCultureReadsAbnormalAndCreatinineUnderTwoCodesIsOneLine() {
        assertEquals(
                "Abnormal",
                row(english, "Bacteria identified in Blood by Culture").flag().text());
        List<LabResultRow> creatinine = english.stream()
                .filter(row -> row.name().startsWith("Creatinine"))
                .toList();
        assertEquals(1, creatinine.size(), english.toString());
        assertEquals("Creatinine", creatinine.getFirst().name());
        assertEquals("2.1 mg/dL", creatinine.getFirst().value(), "the latest of both codes");
    }

    @Test
    void everyResultTheSummaryMustMentionHasTheSameFlagAndNameOnThePage() {
        FactsSnapshot facts = FactFinder.standard(java.time.Clock.systemUTC())
                .find(record, ReviewWindow.lastTwelveMonths(VISIT, ZoneOffset.UTC), Agenda.empty());
        List<ResultFact> mustMention = facts.factsOf(ResultFact.class).stream()
                .filter(fact -> facts.mustMention(fact.id()))
                .toList();
        assertEquals(5, mustMention.size(), mustMention.toString());
        var language = new ScreenLanguage(Locale.ENGLISH);
        for (ResultFact fact : mustMention) {
            LabResultRow row = english.stream()
                    .filter(shown -> shown.entryId().equals(fact.latest().entryId()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            "not on the Labs page: " + fact.name().english()));
            assertEquals(fact.name().english(), row.name());
            assertEquals(
                    FlagView.of(fact.flag(), language).outOfRange(), row.flag().outOfRange(), row.name());
            assertTrue(row.flag().outOfRange(), row.name());
        }
    }

    private static List<LabResultRow> rows(Locale locale) {
        var rows = new LabResultRows(
                ResultJudge.standard(), TestedPerson.of(record.patient().orElseThrow()), new ScreenLanguage(locale));
        List<LabResultRow> shown = new ArrayList<>();
        for (StoredEntry entry : LabResults.latestOfEachSeries(record.latestObservationPerCode("laboratory"))) {
            shown.add(rows.of(entry));
        }
        return shown;
    }

    private static LabResultRow row(List<LabResultRow> rows, String name) {
        return rows.stream()
                .filter(row -> row.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in " + rows));
    }

    private static String bundle(String... resources) {
        StringBuilder bundle = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
        for (int i = 0; i < resources.length; i++) {
            bundle.append(i == 0 ? "" : ",")
                    .append("{\"fullUrl\":\"urn:uuid:")
                    .append(UUID.nameUUIDFromBytes(resources[i].getBytes(StandardCharsets.UTF_8)))
                    .append("\",\"resource\":")
                    .append(resources[i])
                    .append('}');
        }
        return bundle.append("]}").toString();
    }

    private static String lab(
            String id, String loinc, String display, String date, String value, String range, String flag) {
        String interpretation = flag == null
                ? ""
                : ",\"interpretation\":[{\"coding\":[{\"system\":"
                        + "\"http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation\",\"code\":\"" + flag
                        + "\"}]}]";
        return "{\"resourceType\":\"Observation\",\"id\":\"" + id + "\",\"status\":\"final\",\"category\":[{\"coding\":"
                + "[{\"system\":\"http://terminology.hl7.org/CodeSystem/observation-category\",\"code\":\"laboratory\"}]}],"
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"" + loinc + "\",\"display\":\""
                + display + "\"}]},\"subject\":{\"reference\":\"Patient/p\"},\"effectiveDateTime\":\"" + date + "\""
                + value + range + interpretation + "}";
    }

    private static String quantity(String comparator, String value, String unit) {
        return ",\"valueQuantity\":" + quantityOf(comparator, value, unit);
    }

    private static String quantityOf(String comparator, String value, String unit) {
        return "{" + (comparator == null ? "" : "\"comparator\":\"" + comparator + "\",") + "\"value\":" + value
                + ",\"unit\":\"" + unit + "\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"" + unit + "\"}";
    }

    private static String range(String low, String high, String unit) {
        return ",\"referenceRange\":[{\"low\":" + quantityOf(null, low, unit) + ",\"high\":"
                + quantityOf(null, high, unit) + "}]";
    }
}
