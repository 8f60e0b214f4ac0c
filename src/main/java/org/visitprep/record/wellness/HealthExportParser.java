package org.visitprep.record.wellness;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.ImportProgress;
import org.visitprep.record.reading.ProblemCode;
import org.visitprep.record.reading.ProblemLocation;
import org.visitprep.record.reading.SafeXml;
import org.visitprep.record.reading.SourceRejected;

/**
 * Streams an Apple Health {@code export.xml}: {@code HealthData} holding {@code Record} elements (and blood pressure
 * {@code Correlation}s holding their two Records). Attribute names and type identifiers are HealthKit's
 * (Apple Developer documentation, HKQuantityTypeIdentifier and HKCategoryTypeIdentifier).
 */
final class HealthExportParser {

    private static final String DATE_OF_BIRTH = "HKCharacteristicTypeIdentifierDateOfBirth";

    /** Apple writes dates as {@code 2019-07-19 10:36:11 -0700}. */
    private static final DateTimeFormatter APPLE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");

    private static final String BLOOD_PRESSURE = "HKCorrelationTypeIdentifierBloodPressure";
    private static final int PROGRESS_EVERY = 10_000;

    private final String fileName;
    private final ImportProgress progress;

    HealthExportParser(String fileName, ImportProgress progress) {
        this.fileName = fileName;
        this.progress = progress;
    }

    String fileName() {
        return fileName;
    }

    HealthExport parse(InputStream xml) throws SourceRejected, XMLStreamException {
        HealthExport export = new HealthExport();
        XMLStreamReader reader = SafeXml.reader(xml, SafeXml.Doctype.ACCEPT_INTERNAL);
        try {
            int depth = 0;
            boolean inBloodPressure = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    SafeXml.checkDoctype(reader, SafeXml.Doctype.ACCEPT_INTERNAL, here(reader));
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = reader.getLocalName();
                    if (depth == 1 && !name.equals("HealthData")) {
                        throw new SourceRejected(
                                ImportProblem.of(ProblemCode.UNEXPECTED_XML_ROOT, here(reader), name, "HealthData"));
                    }
                    if (depth == 2 && name.equals("Me")) {
                        export.birthDate = birthDate(reader.getAttributeValue(null, DATE_OF_BIRTH));
                    } else if (depth == 2 && name.equals("Correlation")) {
                        inBloodPressure = BLOOD_PRESSURE.equals(reader.getAttributeValue(null, "type"));
                    } else if (name.equals("Record") && (depth == 2 || (depth == 3 && inBloodPressure))) {
                        take(sample(reader), export);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 2) {
                        inBloodPressure = false;
                    }
                    depth--;
                }
            }
        } finally {
            reader.close();
        }
        progress.entriesDone(export.samplesRead, export.samplesRead);
        return export;
    }

    /**
     * The birth date of {@code <Me HKCharacteristicTypeIdentifierDateOfBirth="1990-02-02">}; null when absent or not a
     * date (it only serves to tell whom the export is about, so it never refuses the file).
     */
    private static java.time.LocalDate birthDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException notADate) {
            return null;
        }
    }

    private void take(AppleSample sample, HealthExport export) {
        export.samplesRead++;
        if (export.samplesRead % PROGRESS_EVERY == 0) {
            progress.entriesDone(export.samplesRead, -1);
        }
        switch (sample.type()) {
            case "HKQuantityTypeIdentifierStepCount" -> export.steps.add(sample);
            case "HKQuantityTypeIdentifierActiveEnergyBurned" -> export.activeEnergy.add(sample);
            case "HKQuantityTypeIdentifierHeartRate" -> export.heartRate.add(sample);
            case "HKCategoryTypeIdentifierSleepAnalysis" -> export.sleep.add(sample);
            case "HKQuantityTypeIdentifierBloodPressureSystolic" -> export.bloodPressure(sample, true);
            case "HKQuantityTypeIdentifierBloodPressureDiastolic" -> export.bloodPressure(sample, false);
            case "HKQuantityTypeIdentifierRestingHeartRate",
                    "HKQuantityTypeIdentifierBodyMass",
                    "HKQuantityTypeIdentifierHeight",
                    "HKQuantityTypeIdentifierBodyMassIndex" -> export.sparseSamples.add(sample);
            default -> export.samplesLeftOut++;
        }
    }

    private AppleSample sample(XMLStreamReader reader) throws SourceRejected {
        String type = attribute(reader, "type");
        boolean category = type.startsWith("HKCategoryTypeIdentifier");
        String value = reader.getAttributeValue(null, "value");
        BigDecimal quantity = null;
        if (!category && isUsed(type)) {
            if (value == null) {
                throw badValue(reader, "value", "");
            }
            try {
                quantity = new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                throw badValue(reader, "value", value);
            }
        }
        return new AppleSample(
                type,
                quantity,
                category ? value : null,
                reader.getAttributeValue(null, "unit"),
                time(reader, "startDate"),
                time(reader, "endDate"),
                reader.getAttributeValue(null, "sourceName"));
    }

    private static boolean isUsed(String type) {
        return switch (type) {
            case "HKQuantityTypeIdentifierStepCount",
                    "HKQuantityTypeIdentifierActiveEnergyBurned",
                    "HKQuantityTypeIdentifierHeartRate",
                    "HKQuantityTypeIdentifierBloodPressureSystolic",
                    "HKQuantityTypeIdentifierBloodPressureDiastolic",
                    "HKQuantityTypeIdentifierRestingHeartRate",
                    "HKQuantityTypeIdentifierBodyMass",
                    "HKQuantityTypeIdentifierHeight",
                    "HKQuantityTypeIdentifierBodyMassIndex" -> true;
            default -> false;
        };
    }

    private OffsetDateTime time(XMLStreamReader reader, String name) throws SourceRejected {
        String value = attribute(reader, name);
        try {
            return OffsetDateTime.parse(value, APPLE_TIME);
        } catch (DateTimeParseException e) {
            throw badValue(reader, name, value);
        }
    }

    private String attribute(XMLStreamReader reader, String name) throws SourceRejected {
        String value = reader.getAttributeValue(null, name);
        if (value == null) {
            throw new SourceRejected(ImportProblem.of(
                    ProblemCode.MISSING_REQUIRED_ELEMENT, here(reader).withPath("Record"), "Record@" + name));
        }
        return value;
    }

    private SourceRejected badValue(XMLStreamReader reader, String attribute, String value) {
        return new SourceRejected(
                ImportProblem.of(ProblemCode.APPLE_BAD_VALUE, here(reader).withPath("Record"), attribute, value));
    }

    private ProblemLocation here(XMLStreamReader reader) {
        return SafeXml.locationOf(reader, fileName);
    }
}
