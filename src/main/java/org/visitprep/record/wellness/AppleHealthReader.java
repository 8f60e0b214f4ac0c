package org.visitprep.record.wellness;

import ca.uhn.fhir.context.FhirContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.visitprep.record.EntryIdentity;
import org.visitprep.record.RecordEntry;
import org.visitprep.record.fhir.GeneratedResources;
import org.visitprep.record.person.Person;
import org.visitprep.record.person.SourcePeople;
import org.visitprep.record.reading.ImportLimits;
import org.visitprep.record.reading.ImportProgress;
import org.visitprep.record.reading.ImportSource;
import org.visitprep.record.reading.LimitedInput;
import org.visitprep.record.reading.ReadEntries;
import org.visitprep.record.reading.RecordReader;
import org.visitprep.record.reading.SafeXml;
import org.visitprep.record.reading.SourceBytes;
import org.visitprep.record.reading.SourceRejected;

/** Reads an Apple Health export ({@code export.zip} or {@code export.xml}) into wellness Observations. */
public final class AppleHealthReader implements RecordReader {

    /** The system of the identities of Apple Health entries. */
    public static final String IDENTITY_SYSTEM = "apple-health";

    private final FhirContext context;

    public AppleHealthReader(FhirContext context) {
        this.context = context;
    }

    @Override
    public ReadEntries read(ImportSource source, ImportLimits limits, ImportProgress progress) throws SourceRejected {
        SourceBytes.refuseIfDeclaredTooLarge(source, limits);
        String fileName = source.fileName();
        HealthExportParser parser = new HealthExportParser(fileName, progress);
        HealthExport[] export = new HealthExport[1];
        boolean zipped;
        try (LimitedInput file = SourceBytes.open(source, limits.maxFileBytes(), progress);
                InputStream in = new BufferedInputStream(file, 64 * 1024)) {
            zipped = isZip(in);
            if (zipped) {
                new ExportArchive(fileName, limits).read(in, file::count, xml -> export[0] = parseXml(parser, xml));
            } else {
                export[0] = parseXml(parser, in);
            }
            file.reportDone();
        } catch (ExportArchive.Refused e) {
            throw new SourceRejected(e.problem());
        } catch (LimitedInput.LimitExceeded e) {
            throw SourceBytes.tooLarge(source, e.limit());
        } catch (IOException e) {
            throw SourceBytes.unreadable(source, e);
        }
        List<RecordEntry> entries = entriesOf(export[0]);
        SourcePeople about = export[0].birthDate == null
                ? SourcePeople.NOBODY
                : SourcePeople.about(Person.bornOn(export[0].birthDate));
        return new ReadEntries(
                zipped ? "Apple Health export (zip)" : "Apple Health export.xml",
                entries,
                export[0].samplesLeftOut,
                about);
    }

    private static boolean isZip(InputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** Parses the XML, letting a refusal raised while inflating (a zip limit) through as itself. */
    private HealthExport parseXml(HealthExportParser parser, InputStream xml) throws IOException, SourceRejected {
        try {
            return parser.parse(xml);
        } catch (XMLStreamException e) {
            for (Throwable cause = e; cause != null; cause = nextCause(cause)) {
                if (cause instanceof ExportArchive.Refused refused) {
                    throw refused;
                }
                if (cause instanceof LimitedInput.LimitExceeded exceeded) {
                    throw exceeded;
                }
            }
            throw new SourceRejected(SafeXml.malformed(e, parser.fileName()));
        }
    }

    private static Throwable nextCause(Throwable t) {
        if (t instanceof XMLStreamException x && x.getNestedException() != null && x.getNestedException() != t) {
            return x.getNestedException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private List<RecordEntry> entriesOf(HealthExport export) {
        GeneratedResources generated = new GeneratedResources(context);
        List<RecordEntry> entries = new ArrayList<>();
        for (AppleSample sample : export.sparseSamples) {
            entries.add(sparse(sample, generated));
        }
        for (HealthExport.BloodPressure reading : export.bloodPressures.values()) {
            if (reading.isComplete()) {
                entries.add(bloodPressure(reading, generated));
            }
        }
        daily(export.steps.perDay(), "steps", WellnessCode.STEPS_PER_DAY, "/d", "steps/day", entries, generated);
        daily(
                export.activeEnergy.perDay(),
                "active-energy",
                WellnessCode.ACTIVE_ENERGY_PER_DAY,
                "kcal/d",
                "kcal/day",
                entries,
                generated);
        export.heartRate.perDay().forEach((day, figures) -> entries.add(heartRate(day, figures, generated)));
        export.sleep.perNight().forEach((night, sleep) -> entries.add(sleep(night, sleep, generated)));
        return entries;
    }

    private static RecordEntry sparse(AppleSample sample, GeneratedResources generated) {
        SparseKind kind = SparseKind.of(sample.type());
        String key = kind.slug() + "/" + sample.start().toInstant() + "/" + sample.sourceName();
        Observation observation =
                WellnessObservations.observation(key, kind.code().concept(), kind.category());
        observation.setEffective(WellnessObservations.dateTime(sample.start()));
        UnitOfMeasure unit = UnitOfMeasure.of(sample.unit(), kind.defaultUnit());
        observation.setValue(WellnessObservations.quantity(sample.quantity(), unit.ucum(), unit.display()));
        return generated.entryOf(observation, identity(key));
    }

    private static RecordEntry bloodPressure(HealthExport.BloodPressure reading, GeneratedResources generated) {
        String key = "blood-pressure/" + reading.time().toInstant();
        Observation observation = WellnessObservations.observation(
                key, WellnessCode.BLOOD_PRESSURE.concept(), WellnessObservations.vitalSigns());
        observation.setEffective(WellnessObservations.dateTime(reading.time()));
        observation
                .addComponent()
                .setCode(WellnessCode.SYSTOLIC_PRESSURE.concept())
                .setValue(WellnessObservations.quantity(reading.systolic(), "mm[Hg]", "mmHg"));
        observation
                .addComponent()
                .setCode(WellnessCode.DIASTOLIC_PRESSURE.concept())
                .setValue(WellnessObservations.quantity(reading.diastolic(), "mm[Hg]", "mmHg"));
        return generated.entryOf(observation, identity(key));
    }

    private static void daily(
            Map<LocalDate, BigDecimal> perDay,
            String slug,
            WellnessCode code,
            String ucum,
            String unit,
            List<RecordEntry> entries,
            GeneratedResources generated) {
        perDay.forEach((day, total) -> {
            String key = slug + "/" + day;
            Observation observation =
                    WellnessObservations.observation(key, code.concept(), WellnessObservations.activity());
            observation.setEffective(WellnessObservations.day(day));
            observation.setValue(WellnessObservations.quantity(total, ucum, unit));
            entries.add(generated.entryOf(observation, identity(key)));
        });
    }

    private static RecordEntry heartRate(LocalDate day, DailyHeartRate.Day figures, GeneratedResources generated) {
        String key = "heart-rate/" + day;
        Observation observation = WellnessObservations.observation(
                key, WellnessCode.HEART_RATE.concept(), WellnessObservations.vitalSigns());
        var start = day.atStartOfDay().atOffset(figures.offset());
        observation.setEffective(new Period()
                .setStartElement(WellnessObservations.dateTime(start))
                .setEndElement(WellnessObservations.dateTime(start.plusDays(1).minusSeconds(1))));
        observation.setValue(WellnessObservations.quantity(figures.mean(), "/min", "beats/minute"));
        observation
                .addComponent()
                .setCode(WellnessCode.HEART_RATE_DAY_MINIMUM.concept())
                .setValue(WellnessObservations.quantity(figures.minimum(), "/min", "beats/minute"));
        observation
                .addComponent()
                .setCode(WellnessCode.HEART_RATE_DAY_MAXIMUM.concept())
                .setValue(WellnessObservations.quantity(figures.maximum(), "/min", "beats/minute"));
        return generated.entryOf(observation, identity(key));
    }

    private static RecordEntry sleep(LocalDate night, NightlySleep.Night sleep, GeneratedResources generated) {
        String key = "sleep/" + night;
        Observation observation = WellnessObservations.observation(
                key, WellnessCode.SLEEP_DURATION.concept(), WellnessObservations.sleep());
        observation.setEffective(WellnessObservations.period(sleep.firstAsleep(), sleep.lastAwake()));
        observation.setValue(WellnessObservations.quantity(BigDecimal.valueOf(sleep.minutesAsleep()), "min", "min"));
        return generated.entryOf(observation, identity(key));
    }

    /** The identity of the fact a key names; hashed, so no date or device name shows in an index. */
    private static EntryIdentity identity(String key) {
        return new EntryIdentity(IDENTITY_SYSTEM, "Observation", WellnessObservations.idOf(key));
    }
}
