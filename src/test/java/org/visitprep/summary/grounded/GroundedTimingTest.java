package org.visitprep.summary.grounded;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.visitprep.record.EntryIdentity;
import org.visitprep.record.EntryKind;
import org.visitprep.record.Imports;
import org.visitprep.record.InMemoryPatientRecord;
import org.visitprep.record.RecordEntry;
import org.visitprep.record.reading.SourceKind;
import org.visitprep.summary.CraftedPatient;
import org.visitprep.summary.SummaryFixtures;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.facts.FactFinder;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.facts.ReviewWindow;

/**
 * Prints how long facts and the grounded summary take on the largest corpus file and on a record of about 16,000
 * entries (the Synthea files joined, several times over). Figures only, never asserted: the benchmark with a
 * 15,000-resource patient and its 500 ms target belongs to the benchmarks module.
 */
class GroundedTimingTest {

    private static final int ROUNDS = 7;

    @Test
    void printsGroundedGenerationTimes() throws Exception {
        Path largest = SummaryFixtures.syntheaFiles().stream()
                .max(Comparator.comparingLong(GroundedTimingTest::size))
                .orElseThrow();
        InMemoryPatientRecord record = SummaryFixtures.record(largest);
        measure(largest.getFileName() + " (" + record.size() + " entries)", record);
        measure("joined Synthea files (" + joined().size() + " entries)", joined());
    }

    private static void measure(String label, InMemoryPatientRecord record) {
        FactFinder finder = FactFinder.standard(SummaryFixtures.CLOCK);
        GroundedEngine engine = new GroundedEngine(SummaryFixtures.CLOCK);
        var visitDay = SummaryFixtures.visitDayOf(record);
        List<ReviewWindow> windows = List.of(
                ReviewWindow.lastTwelveMonths(visitDay, ZoneOffset.UTC),
                ReviewWindow.chosen(SummaryFixtures.firstDayOf(record), visitDay, ZoneOffset.UTC));
        for (ReviewWindow window : windows) {
            long best = Long.MAX_VALUE;
            int sentences = 0;
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                FactsSnapshot facts = finder.find(record, window, CraftedPatient.agenda());
                DraftSummary summary = engine.write(facts, Locale.ENGLISH);
                best = Math.min(best, System.nanoTime() - start);
                sentences = summary.sentences().size();
            }
            assertFalse(sentences == 0);
            System.out.printf(
                    Locale.ROOT,
                    "grounded summary, %s, %s: %.1f ms (best of %d), %d sentences%n",
                    label,
                    window.kind() == org.visitprep.summary.facts.WindowKind.CHOSEN ? "whole record" : "last 12 months",
                    best / 1e6,
                    ROUNDS,
                    sentences);
        }
    }

    private static InMemoryPatientRecord joined;

    private static InMemoryPatientRecord joined() {
        if (joined == null) {
            List<RecordEntry> entries = new ArrayList<>();
            boolean patient = false;
            for (int copy = 0; entries.size() < 16_000; copy++) {
                for (Path file : SummaryFixtures.syntheaFiles()) {
                    for (RecordEntry entry : Imports.imported(Imports.file(file, SourceKind.FHIR))
                            .entries()) {
                        if (entry.kind() == EntryKind.PATIENT) {
                            if (patient) {
                                continue;
                            }
                            patient = true;
                        }
                        EntryIdentity identity = entry.identity();
                        entries.add(new RecordEntry(
                                new EntryIdentity(
                                        identity.system(), identity.resourceType(), identity.id() + "-copy" + copy),
                                entry.resourceType(),
                                entry.resourceId(),
                                entry.fullUrl(),
                                entry.kind(),
                                entry.effective(),
                                entry.detail(),
                                entry.references(),
                                entry.original()));
                    }
                }
            }
            joined = InMemoryPatientRecord.of(UUID.randomUUID(), "joined", entries);
        }
        return joined;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
