package org.visitprep.record.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.visitprep.record.Coding;
import org.visitprep.record.Concept;
import org.visitprep.record.EffectiveTime;
import org.visitprep.record.EntryDetail;
import org.visitprep.record.EntryKind;
import org.visitprep.record.FhirCorpus;
import org.visitprep.record.Imports;
import org.visitprep.record.MedicationDetail;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.OriginalResource;
import org.visitprep.record.Quantity;
import org.visitprep.record.RecordEntry;
import org.visitprep.record.RecordTime;
import org.visitprep.record.StructuredDosage;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.ProblemCode;
import org.visitprep.record.reading.ProblemLocation;
import org.visitprep.record.reading.SourceKind;

/** The stored forms of details, originals and import reports give back exactly what was written. */
class StoredFormatsTest {

    @Test
    void everyEntryOfTheCorpusComesBackFromItsStoredForms() {
        List<RecordEntry> entries = new ArrayList<>();
        for (String folder : List.of("synthea", "ips", "labs", "wellness")) {
            for (Path file : FhirCorpus.filesIn(folder)) {
                if (Imports.file(file, SourceKind.DETECT) instanceof ImportResult result) {
                    entries.addAll(result.entries());
                }
            }
        }
        Set<Class<?>> kindsSeen = new HashSet<>();

        for (RecordEntry entry : entries) {
            DetailFormat.Stored stored = DetailFormat.read(DetailFormat.write(entry.effective(), entry.detail()));
            assertEquals(entry.detail(), stored.detail());
            assertEquals(entry.effective(), stored.effective());
            assertEquals(entry.original(), OriginalFormat.read(OriginalFormat.write(entry.original())));
            kindsSeen.add(entry.detail().getClass());
        }

        assertEquals(EntryDetail.class.getPermittedSubclasses().length, kindsSeen.size(), "every kind of detail");
        assertTrue(entries.size() > 4000);
    }

    @Test
    void decimalsComeBackWithTheirScaleAndOddValuesSurvive() {
        var time = new RecordTime("2019-07", LocalDate.of(2019, 7, 1), null, RecordTime.Precision.MONTH);
        var precise = new RecordTime(
                "2019-07-19T10:36:11.123-07:00",
                LocalDate.of(2019, 7, 19),
                Instant.parse("2019-07-19T17:36:11.123Z"),
                RecordTime.Precision.MILLISECOND);
        var detail = new ObservationDetail(
                new Concept(List.of(new Coding(null, "x", "é \"quoted\" \u2603 \n")), ""),
                List.of("laboratory", "survey"),
                new Quantity(new BigDecimal("6.90"), "%", Quantity.UCUM, "%", "<"),
                null,
                List.of(),
                List.of(),
                List.of(Concept.ofText("high")),
                "final");
        for (BigDecimal value : List.of(new BigDecimal("1E+3"), new BigDecimal("-0.000"), new BigDecimal("12"))) {
            var withValue = new ObservationDetail(
                    detail.code(),
                    detail.categories(),
                    new Quantity(value, null, null, null, null),
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    null);
            assertEquals(
                    withValue,
                    DetailFormat.read(DetailFormat.write(null, withValue)).detail());
        }
        var effective = EffectiveTime.between(time, precise);
        DetailFormat.Stored stored = DetailFormat.read(DetailFormat.write(effective, detail));
        assertEquals(detail, stored.detail());
        assertEquals(effective, stored.effective());
        assertEquals(
                "6.90",
                stored.detail() instanceof ObservationDetail o
                        ? o.quantity().value().toString()
                        : "");
    }

    @Test
    void aStructuredDosageAndAnAllergysVerificationComeBackAndEntriesStoredBeforeThemStillRead() {
        var dosage = new StructuredDosage(
                new Quantity(new BigDecimal("2.0"), "tablet", null, null, null),
                2,
                new BigDecimal("1.0"),
                "d",
                Concept.ofText("Oral route"),
                false);
        var medicine = new MedicationDetail(
                Concept.ofText("Metformin 500 MG Oral Tablet"), "active", null, "Take as directed", List.of(dosage));
        var allergy = new org.visitprep.record.AllergyDetail(
                Concept.ofText("Peanut"), "high", "active", List.of(), "refuted");

        assertEquals(
                medicine, DetailFormat.read(DetailFormat.write(null, medicine)).detail());
        assertEquals(
                allergy, DetailFormat.read(DetailFormat.write(null, allergy)).detail());
        byte[] olderMedicine = "{\"v\":1,\"k\":\"med\",\"c\":{\"t\":\"Metformin\"},\"s\":\"active\",\"x\":\"Take 1\"}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] olderAllergy =
                "{\"v\":1,\"k\":\"all\",\"c\":{\"t\":\"Peanut\"},\"s\":\"active\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                new MedicationDetail(Concept.ofText("Metformin"), "active", null, "Take 1"),
                DetailFormat.read(olderMedicine).detail());
        assertEquals(
                new org.visitprep.record.AllergyDetail(Concept.ofText("Peanut"), null, "active", List.of()),
                DetailFormat.read(olderAllergy).detail());
    }

    @Test
    void refusesWhatIsNotItsFormat() {
        assertThrows(
                IllegalStateException.class,
                () -> DetailFormat.read("{\"v\":2,\"k\":\"obs\"}".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalStateException.class, () -> DetailFormat.read("[]".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalStateException.class, () -> OriginalFormat.read(new byte[] {2, 0, 0, 0, 0, 1, 1}));
    }

    @Test
    void originalsShrinkAndKeepHowTheyCame() {
        byte[] json = "{\"resourceType\":\"Observation\",\"status\":\"final\"}"
                .repeat(50)
                .getBytes(StandardCharsets.UTF_8);
        for (OriginalResource.Representation representation : OriginalResource.Representation.values()) {
            byte[] stored = OriginalFormat.write(OriginalResource.copyOf(json, representation));
            assertTrue(stored.length < json.length / 5, "deflated");
            OriginalResource back = OriginalFormat.read(stored);
            assertEquals(representation, back.representation());
            assertArrayEquals(json, back.json());
        }
        OriginalResource empty = OriginalResource.copyOf(new byte[0], OriginalResource.Representation.GENERATED);
        assertEquals(empty, OriginalFormat.read(OriginalFormat.write(empty)));
    }

    @Test
    void anImportReportComesBackWithItsProblems() {
        var problem = new ImportProblem(
                ProblemCode.INVALID_VALUE,
                new ProblemLocation("x.json", 3, 14, "entry[2].resource"),
                List.of("status", "weird", "why"));
        var report = new ImportReport(
                "x.json",
                "FHIR R4 JSON Bundle (collection)",
                "ab12",
                Map.of(EntryKind.OBSERVATION, 12, EntryKind.PATIENT, 1),
                3,
                List.of(problem, ImportProblem.of(ProblemCode.EMPTY_FILE, ProblemLocation.inFile("x.json"))),
                false);

        assertEquals(report, ImportReport.fromJson(report.toJson()));
        var refused = ImportReport.ofFile("y.json");
        assertEquals(refused, ImportReport.fromJson(refused.toJson()));
    }

    @Test
    void aPullFromAnEhrIsToldApartFromAnUploadAndOlderReportsReadAsUploads() {
        var pulled = new ImportReport(
                "Sandbox Clinic EHR", "FHIR R4 JSON Bundle (searchset)", "cd34", Map.of(), 0, List.of(), true);
        assertTrue(ImportReport.fromJson(pulled.toJson()).fromRecordsSystem());

        byte[] writtenBeforeTheFlag =
                "{\"v\":1,\"file\":\"labs.json\",\"counts\":{},\"problems\":[]}".getBytes(StandardCharsets.UTF_8);
        assertFalse(ImportReport.fromJson(writtenBeforeTheFlag).fromRecordsSystem());
    }
}
