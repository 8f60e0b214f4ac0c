package org.visitprep.record.importing;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.visitprep.record.fhir.FhirRecordReader;
import org.visitprep.record.nutrition.NutritionDiaryReader;
import org.visitprep.record.reading.ImportLimits;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.ImportProgress;
import org.visitprep.record.reading.ImportSource;
import org.visitprep.record.reading.ProblemCode;
import org.visitprep.record.reading.ProblemLocation;
import org.visitprep.record.reading.ReadEntries;
import org.visitprep.record.reading.RecordReader;
import org.visitprep.record.reading.SourceBytes;
import org.visitprep.record.reading.SourceKind;
import org.visitprep.record.reading.SourceRejected;
import org.visitprep.record.wellness.AppleHealthReader;

/**
 * Imports one file into record entries, all or nothing. A file about several people is refused, and so is a file of
 * directory resources only ({@link DirectoryEntries}), which are otherwise left out; whom the file is about travels
 * with the result, for the storage layer to compare with the record's person before it stores anything.
 *
 * <pre>{@code
 * RecordImporter importer = RecordImporter.create(fhirContext, managedExecutor, ImportLimits.defaults());
 * switch (importer.read(ImportSource.ofFile(path, SourceKind.DETECT), progress)) {
 *     case ImportResult result -> store(result.entries());
 *     case ImportRefusal refusal -> show(refusal.messages(locale));
 * }
 * }</pre>
 *
 * <p>Thread-safe and stateless between reads: one instance serves the whole application. It never throws for bad
 * input; only a programming error escapes as an unchecked exception.
 */
public final class RecordImporter {

    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final ImportLimits limits;
    private final RecordReader fhir;
    private final RecordReader appleHealth;
    private final RecordReader nutrition;

    RecordImporter(ImportLimits limits, RecordReader fhir, RecordReader appleHealth, RecordReader nutrition) {
        this.limits = limits;
        this.fhir = fhir;
        this.appleHealth = appleHealth;
        this.nutrition = nutrition;
    }

    /**
     * An importer parsing on the calling thread and on helpers from {@code executor} (in a Jakarta EE server, its
     * managed executor), with the given FHIR R4 context, which is costly to build: share one per application.
     */
    public static RecordImporter create(FhirContext r4, Executor executor, ImportLimits limits) {
        return new RecordImporter(
                limits,
                new FhirRecordReader(r4, executor, THREADS),
                new AppleHealthReader(r4),
                new NutritionDiaryReader(r4));
    }

    /** An importer with a new FHIR R4 context, the common fork-join pool and default limits; for tools and tests. */
    public static RecordImporter createDefault() {
        return create(FhirContext.forR4(), ForkJoinPool.commonPool(), ImportLimits.defaults());
    }

    public ImportOutcome read(ImportSource source) {
        return read(source, ImportProgress.NONE);
    }

    public ImportOutcome read(ImportSource source, ImportProgress progress) {
        DigestingOpener digesting = new DigestingOpener(source.opener(), limits.maxFileBytes());
        ImportSource digested = new ImportSource(
                source.fileName(), source.size(), digesting, source.declaredKind(), source.sourceSystem());
        try {
            SourceBytes.refuseIfDeclaredTooLarge(source, limits);
            SourceKind kind =
                    source.declaredKind() == SourceKind.DETECT ? SourceSniffer.sniff(source) : source.declaredKind();
            RecordReader reader = switch (kind) {
                case FHIR -> fhir;
                case APPLE_HEALTH -> appleHealth;
                case NUTRITION_CSV -> nutrition;
                case DETECT ->
                    throw new SourceRejected(
                            ImportProblem.of(ProblemCode.UNKNOWN_FORMAT, ProblemLocation.inFile(source.fileName())));
            };
            ReadEntries read = reader.read(digested.withKind(kind), limits, progress);
            DirectoryEntries.Split split = DirectoryEntries.split(read.entries());
            ProblemLocation inFile = ProblemLocation.inFile(source.fileName());
            if (split.health().isEmpty() && split.leftOut() > 0) {
                throw new SourceRejected(
                        ImportProblem.of(ProblemCode.NO_HEALTH_RECORD, inFile, split.leftOut(), split.leftOutText()));
            }
            if (read.about().isAboutSeveral()) {
                throw new SourceRejected(ImportProblem.of(
                        ProblemCode.SEVERAL_PEOPLE, inFile, read.about().labels()));
            }
            return new ImportResult(
                    source.fileName(),
                    kind,
                    read.formatLabel(),
                    digesting.digest(),
                    split.health(),
                    ImportResult.countByKind(split.health()),
                    read.itemsLeftOut() + split.leftOut(),
                    read.about());
        } catch (SourceRejected rejected) {
            return new ImportRefusal(source.fileName(), rejected.problems());
        } catch (IOException unreadable) {
            return new ImportRefusal(
                    source.fileName(),
                    List.of(ImportProblem.of(
                            ProblemCode.UNREADABLE_FILE,
                            ProblemLocation.inFile(source.fileName()),
                            String.valueOf(unreadable.getMessage()))));
        }
    }
}
