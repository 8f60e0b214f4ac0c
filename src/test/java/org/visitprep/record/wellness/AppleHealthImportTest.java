package org.visitprep.record.wellness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.visitprep.record.Imports.bytes;
import static org.visitprep.record.Imports.imported;
import static org.visitprep.record.Imports.refusedWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.visitprep.record.FhirCorpus;
import org.visitprep.record.Imports;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.OriginalResource;
import org.visitprep.record.RecordEntry;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.importing.RecordImporter;
import org.visitprep.record.reading.ImportLimits;
import org.visitprep.record.reading.ImportSource;
import org.visitprep.record.reading.ProblemCode;
import org.visitprep.record.reading.SourceKind;

/** Apple Health exports: what they become, and the hostile ones refused. */
class AppleHealthImportTest {

    /** The shape of a real export's head: an internal DTD of element and attribute lists, no entity. */
    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE HealthData [
            <!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
            <!ATTLIST HealthData locale CDATA #REQUIRED>
            <!ELEMENT ExportDate EMPTY>
            <!ATTLIST ExportDate value CDATA #REQUIRED>
            <!ELEMENT Me EMPTY>
            <!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
            <!ATTLIST Record type CDATA #REQUIRED unit CDATA #IMPLIED value CDATA #IMPLIED
              sourceName CDATA #REQUIRED startDate CDATA #REQUIRED endDate CDATA #REQUIRED>
            ]>
            <HealthData locale="en_US">
             <ExportDate value="2024-03-05 08:00:00 +0100"/>
             <Me HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>
            """;

    private static String record(String type, String unit, String value, String start, String end, String source) {
        return "<Record type=\"" + type + "\" sourceName=\"" + source + "\" unit=\"" + unit + "\" value=\"" + value
                + "\" startDate=\"" + start + "\" endDate=\"" + end + "\"/>\n";
    }

    private static String export() {
        String steps = "HKQuantityTypeIdentifierStepCount";
        String heart = "HKQuantityTypeIdentifierHeartRate";
        String sleep = "HKCategoryTypeIdentifierSleepAnalysis";
        return HEAD
                + record(steps, "count", "1000", "2024-03-04 09:00:00 +0100", "2024-03-04 09:30:00 +0100", "Phone")
                + record(steps, "count", "500", "2024-03-04 18:00:00 +0100", "2024-03-04 18:10:00 +0100", "Phone")
                + record(steps, "count", "1200", "2024-03-04 09:00:00 +0100", "2024-03-04 09:30:00 +0100", "Watch")
                + record(heart, "count/min", "60", "2024-03-04 07:00:00 +0100", "2024-03-04 07:00:00 +0100", "Watch")
                + record(heart, "count/min", "90", "2024-03-04 12:00:00 +0100", "2024-03-04 12:00:00 +0100", "Watch")
                + record(heart, "count/min", "75", "2024-03-04 20:00:00 +0100", "2024-03-04 20:00:00 +0100", "Watch")
                + record(
                        sleep,
                        "",
                        "HKCategoryValueSleepAnalysisAsleepCore",
                        "2024-03-04 23:00:00 +0100",
                        "2024-03-05 03:00:00 +0100",
                        "Watch")
                + record(
                        sleep,
                        "",
                        "HKCategoryValueSleepAnalysisAsleepDeep",
                        "2024-03-05 02:00:00 +0100",
                        "2024-03-05 06:30:00 +0100",
                        "Watch")
                + record(
                        sleep,
                        "",
                        "HKCategoryValueSleepAnalysisInBed",
                        "2024-03-04 22:30:00 +0100",
                        "2024-03-05 07:00:00 +0100",
                        "Phone")
                + record(
                        "HKQuantityTypeIdentifierBodyMass",
                        "kg",
                        "61.5",
                        "2024-03-04 07:10:00 +0100",
                        "2024-03-04 07:10:00 +0100",
                        "Scale")
                + "<Correlation type=\"HKCorrelationTypeIdentifierBloodPressure\" sourceName=\"Cuff\""
                + " startDate=\"2024-03-04 08:00:00 +0100\" endDate=\"2024-03-04 08:00:00 +0100\">\n"
                + record(
                        "HKQuantityTypeIdentifierBloodPressureSystolic",
                        "mmHg",
                        "128",
                        "2024-03-04 08:00:00 +0100",
                        "2024-03-04 08:00:00 +0100",
                        "Cuff")
                + record(
                        "HKQuantityTypeIdentifierBloodPressureDiastolic",
                        "mmHg",
                        "82",
                        "2024-03-04 08:00:00 +0100",
                        "2024-03-04 08:00:00 +0100",
                        "Cuff")
                + "</Correlation>\n"
                + record(
                        "HKQuantityTypeIdentifierDistanceWalkingRunning",
                        "km",
                        "1.2",
                        "2024-03-04 09:00:00 +0100",
                        "2024-03-04 09:30:00 +0100",
                        "Phone")
                + "</HealthData>\n";
    }

    private static ObservationDetail detailCoded(ImportResult result, String code) {
        return result.entries().stream()
                .map(e -> (ObservationDetail) e.detail())
                .filter(d -> d.code().codings().getFirst().code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no observation coded " + code));
    }

    @Test
    void turnsAnExportIntoObservationsAndDailyAggregates() {
        ImportResult result =
                imported(bytes("export.xml", export().getBytes(StandardCharsets.UTF_8), SourceKind.DETECT));

        assertEquals("Apple Health export.xml", result.formatLabel());
        assertEquals(5, result.entries().size(), "weight, blood pressure, steps, heart rate, sleep");
        assertEquals(1, result.itemsLeftOut(), "the walking distance");
        assertEquals(
                new BigDecimal("1500"),
                detailCoded(result, "41950-7").quantity().value(),
                "steps: the larger per-source total, not Phone + Watch");
        ObservationDetail heart = detailCoded(result, "8867-4");
        assertEquals(new BigDecimal("75"), heart.quantity().value());
        assertEquals(new BigDecimal("60"), heart.components().get(0).quantity().value());
        assertEquals(new BigDecimal("90"), heart.components().get(1).quantity().value());
        assertEquals(
                new BigDecimal("450"),
                detailCoded(result, "93832-4").quantity().value(),
                "23:00 to 06:30 asleep, overlap merged, in bed not counted");
        ObservationDetail pressure = detailCoded(result, "85354-9");
        assertEquals(
                List.of("8480-6", "8462-4"),
                pressure.components().stream()
                        .map(c -> c.code().codings().getFirst().code())
                        .toList());
        assertEquals("kg", detailCoded(result, "29463-7").quantity().ucumCode());
        for (RecordEntry entry : result.entries()) {
            assertEquals(
                    OriginalResource.Representation.GENERATED, entry.original().representation());
            assertTrue(entry.original().asText().contains("\"resourceType\":\"Observation\""));
        }
    }

    @Test
    void readsTheCorpusExportAndItsZip() throws IOException {
        byte[] xml =
                java.nio.file.Files.readAllBytes(FhirCorpus.file("wellness/apple-health-export/dogsheep/export.xml"));
        ImportResult plain = imported(bytes("export.xml", xml, SourceKind.APPLE_HEALTH));
        assertEquals(2, plain.entries().size(), "one BMI sample, one day of heart rate");
        ImportResult zipped = imported(bytes(
                "export.zip",
                zip("apple_health_export/export.xml", xml, "apple_health_export/export_cda.xml", new byte[10]),
                SourceKind.DETECT));
        assertEquals("Apple Health export (zip)", zipped.formatLabel());
        assertEquals(
                plain.entries().stream().map(e -> e.identity().key()).toList(),
                zipped.entries().stream().map(e -> e.identity().key()).toList());
    }

    @Test
    void refusesAnExportDeclaringAnExternalEntity() {
        String xxe = HEAD.replace("]>", "<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")
                + record(
                        "HKQuantityTypeIdentifierBodyMass",
                        "kg",
                        "&secret;",
                        "2024-03-04 07:10:00 +0100",
                        "2024-03-04 07:10:00 +0100",
                        "Scale")
                + "</HealthData>";
        refusedWith(
                bytes("export.xml", xxe.getBytes(StandardCharsets.UTF_8), SourceKind.APPLE_HEALTH),
                ProblemCode.XML_ENTITY_DECLARED);
    }

    @Test
    void refusesAnExportWithBillionLaughs() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        String laughs = HEAD.replace("]>", entities + "]>")
                + "<Record type=\"&lol9;\" sourceName=\"x\" startDate=\"2024-03-04 07:10:00 +0100\""
                + " endDate=\"2024-03-04 07:10:00 +0100\"/></HealthData>";
        refusedWith(
                bytes("export.xml", laughs.getBytes(StandardCharsets.UTF_8), SourceKind.APPLE_HEALTH),
                ProblemCode.XML_ENTITY_DECLARED);
    }

    @Test
    void refusesAZipBomb() throws IOException {
        byte[] zeros = new byte[20 * 1024 * 1024];
        byte[] export = export().getBytes(StandardCharsets.UTF_8);
        byte[] bombBeside = zip("apple_health_export/export.xml", export, "apple_health_export/route.gpx", zeros);
        assertTrue(bombBeside.length < zeros.length / 200, "the test zip inflates more than the allowed ratio");
        refusedWith(bytes("export.zip", bombBeside, SourceKind.APPLE_HEALTH), ProblemCode.ZIP_RATIO_EXCEEDED);
        String padded = "<HealthData locale=\"en\">" + " ".repeat(zeros.length) + "</HealthData>";
        byte[] bombInside = zip("export.xml", padded.getBytes(StandardCharsets.UTF_8));
        refusedWith(bytes("export.zip", bombInside, SourceKind.APPLE_HEALTH), ProblemCode.ZIP_RATIO_EXCEEDED);

        RecordImporter tight = RecordImporter.create(
                Imports.R4, Runnable::run, ImportLimits.defaults().withMaxUncompressedBytes(1024));
        refusedWith(
                tight.read(ImportSource.ofBytes("export.zip", zip("export.xml", export), SourceKind.APPLE_HEALTH)),
                ProblemCode.ZIP_TOO_LARGE_UNCOMPRESSED);
    }

    @Test
    void refusesAZipEntryWhosePathEscapes() throws IOException {
        byte[] export = export().getBytes(StandardCharsets.UTF_8);
        var traversal = bytes(
                "export.zip",
                zip("apple_health_export/export.xml", export, "../../etc/cron.d/evil", new byte[] {1}),
                SourceKind.APPLE_HEALTH);
        assertEquals(
                List.of("../../etc/cron.d/evil"),
                refusedWith(traversal, ProblemCode.ZIP_PATH_ESCAPES).arguments());
        refusedWith(
                bytes("export.zip", zip("/etc/passwd", export), SourceKind.APPLE_HEALTH), ProblemCode.ZIP_PATH_ESCAPES);
    }

    @Test
    void refusesAZipWithoutExport() throws IOException {
        refusedWith(
                bytes("export.zip", zip("photos/cat.jpg", new byte[100]), SourceKind.APPLE_HEALTH),
                ProblemCode.ZIP_WITHOUT_EXPORT);
    }

    @Test
    void refusesAnUnreadableValueNamingItsLine() {
        String bad = HEAD
                + record(
                        "HKQuantityTypeIdentifierBodyMass",
                        "kg",
                        "sixty",
                        "2024-03-04 07:10:00 +0100",
                        "2024-03-04 07:10:00 +0100",
                        "Scale")
                + "</HealthData>";
        var problem = refusedWith(
                bytes("export.xml", bad.getBytes(StandardCharsets.UTF_8), SourceKind.APPLE_HEALTH),
                ProblemCode.APPLE_BAD_VALUE);
        assertEquals(15, problem.location().line());
    }

    private static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                zip.write((byte[]) namesAndContents[i + 1]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
