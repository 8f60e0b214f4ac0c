package org.visitprep.record.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.visitprep.record.Imports.refusedWith;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.visitprep.record.FhirCorpus;
import org.visitprep.record.Imports;
import org.visitprep.record.reading.ImportProgress;
import org.visitprep.record.reading.ImportSource;
import org.visitprep.record.reading.ProblemCode;
import org.visitprep.record.reading.SourceKind;

/** The entry point: tells kinds apart, reports progress, and answers every failure with a refusal. */
class RecordImporterTest {

    @Test
    void tellsTheKindOfAFileFromItsContent() {
        assertEquals(
                SourceKind.FHIR,
                Imports.imported(Imports.file(
                                FhirCorpus.file("labs/Observation-serum-creatinine-adult.json"), SourceKind.DETECT))
                        .kind());
        assertEquals(
                SourceKind.APPLE_HEALTH,
                Imports.imported(Imports.file(
                                FhirCorpus.file("wellness/apple-health-export/dogsheep/export.xml"), SourceKind.DETECT))
                        .kind());
        refusedWith(Imports.text("notes.txt", "just some notes", SourceKind.DETECT), ProblemCode.UNKNOWN_FORMAT);
        refusedWith(Imports.text("empty.json", "", SourceKind.FHIR), ProblemCode.EMPTY_FILE);
    }

    @Test
    void reportsProgressInBytesAndEntries() throws IOException {
        Path file = FhirCorpus.file("synthea/Ali_Herman_75c71918-f07f-4492-af1a-ce006a1e8aaf.json");
        AtomicLong bytes = new AtomicLong();
        AtomicLong entries = new AtomicLong();
        ImportResult result = Imports.imported(Imports.IMPORTER.read(
                ImportSource.ofFile(file, SourceKind.FHIR), new ImportProgress() {
                    @Override
                    public void bytesRead(long done, long total) {
                        bytes.accumulateAndGet(done, Math::max);
                    }

                    @Override
                    public void entriesDone(long done, long total) {
                        entries.accumulateAndGet(done, Math::max);
                    }
                }));
        assertEquals(java.nio.file.Files.size(file), bytes.get());
        assertEquals(
                result.entries().size() + result.itemsLeftOut(), entries.get(), "every resource read, kept or not");
    }

    @Test
    void anUnreadableFileIsARefusalNotAnException() {
        ImportSource broken = ImportSource.of(
                "gone.json",
                10,
                () -> {
                    throw new java.io.FileNotFoundException("gone.json");
                },
                SourceKind.FHIR);
        var problem = refusedWith(Imports.IMPORTER.read(broken), ProblemCode.UNREADABLE_FILE);
        assertTrue(problem.arguments().getFirst().contains("gone.json"));
    }
}
