package org.visitprep.summary;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.visitprep.record.EntryKind;
import org.visitprep.record.FhirCorpus;
import org.visitprep.record.Imports;
import org.visitprep.record.InMemoryPatientRecord;
import org.visitprep.record.StoredEntry;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.reading.SourceKind;
import org.visitprep.summary.facts.FactFinder;
import org.visitprep.summary.grounded.GroundedEngine;
import org.visitprep.summary.llm.AiSettings;
import org.visitprep.summary.verify.DraftVerifier;

/** Corpus patients imported once into in-memory records, and a fixed clock, for the summary tests. */
public final class SummaryFixtures {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);

    private static final Map<Path, InMemoryPatientRecord> RECORDS = new ConcurrentHashMap<>();

    private SummaryFixtures() {}

    /** The Synthea files, then the IPS and lab files: every patient the engine tests run on. */
    public static Stream<Path> corpusPatients() {
        return Stream.of("synthea", "ips", "labs").flatMap(folder -> FhirCorpus.filesIn(folder).stream());
    }

    /** Drafting with the grounded engine alone (no model is set up), the verifier and the omission check on. */
    public static SummaryDrafting groundedDrafting(Clock clock) {
        return new SummaryDrafting(
                FactFinder.standard(clock),
                new GroundedEngine(clock),
                DraftVerifier.standard(),
                AiSettings.disabled(),
                (facts, locale, record) -> {
                    throw new IllegalStateException("no language model is set up: the grounded engine drafts");
                });
    }

    public static List<Path> syntheaFiles() {
        return FhirCorpus.filesIn("synthea");
    }

    public static InMemoryPatientRecord record(Path file) {
        return RECORDS.computeIfAbsent(file, path -> {
            ImportResult imported = Imports.imported(Imports.file(path, SourceKind.FHIR));
            return InMemoryPatientRecord.of(patientIdOf(path), "FHIR file " + path.getFileName(), imported.entries());
        });
    }

    public static UUID patientIdOf(Path file) {
        return UUID.nameUUIDFromBytes(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The day after the record's latest clinical entry: the corpus is old, so "today" would find nothing. */
    public static LocalDate visitDayOf(InMemoryPatientRecord record) {
        LocalDate latest = LocalDate.of(1900, 1, 1);
        for (EntryKind kind : List.of(
                EntryKind.OBSERVATION,
                EntryKind.ENCOUNTER,
                EntryKind.CONDITION,
                EntryKind.MEDICATION,
                EntryKind.PROCEDURE,
                EntryKind.IMMUNIZATION)) {
            for (StoredEntry entry : record.page(kind, 0, 1)) {
                if (entry.effective() != null
                        && entry.effective().start().date().isAfter(latest)) {
                    latest = entry.effective().start().date();
                }
            }
        }
        return latest.plusDays(1);
    }

    /** The first day of the record: a window from it covers everything. */
    public static LocalDate firstDayOf(InMemoryPatientRecord record) {
        return LocalDate.of(1900, 1, 1);
    }
}
