package org.visitprep.record.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.visitprep.database.OnEachDatabase;
import org.visitprep.database.TestDatabase;
import org.visitprep.record.FhirCorpus;
import org.visitprep.record.InMemoryPatientRecord;
import org.visitprep.record.PatientRecord;
import org.visitprep.summary.SummaryDrafting;
import org.visitprep.summary.SummaryFixtures;
import org.visitprep.summary.VisitContext;
import org.visitprep.summary.agenda.Agenda;
import org.visitprep.summary.agenda.AgendaItem;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.facts.ReviewWindow;

/**
 * The same record gives the same summary every time: each Synthea and IPS file of the corpus imported into two
 * accounts of one database gives, sentence by sentence, the same draft in both, and the same as the file read into
 * memory, over the last twelve months and over the whole record, on H2 and on PostgreSQL. Entry ids differ from one
 * account to the next (they are keyed per patient), and the database breaks ties of time by them; the summary must
 * not depend on that, nor on a hash order.
 */
class SameSummaryEveryImportTest {

    private static final SummaryDrafting DRAFTING = SummaryFixtures.groundedDrafting(SummaryFixtures.CLOCK);
    private static final Agenda AGENDA = Agenda.of(
            AgendaItem.symptom("Tired and out of breath, and my kidneys"),
            AgendaItem.question("Is my blood sugar better? And my cholesterol?"),
            AgendaItem.medicine("metformin, lisinopril, simvastatin: still needed?"));

    @OnEachDatabase
    void theSameFileGivesTheSameSummaryInTwoAccountsAndInMemory(TestDatabase database) {
        var store = new TestRecordStore(database);
        List<Path> files = Stream.of("synthea", "ips")
                .flatMap(folder -> FhirCorpus.filesIn(folder).stream())
                .toList();
        int compared = 0;
        for (Path file : files) {
            UUID first = UUID.randomUUID();
            UUID second = UUID.randomUUID();
            store.importFile(first, file);
            store.importFile(second, file);
            InMemoryPatientRecord inMemory = SummaryFixtures.record(file);
            LocalDate visitDay = SummaryFixtures.visitDayOf(inMemory);
            for (ReviewWindow window : List.of(
                    ReviewWindow.lastTwelveMonths(visitDay, ZoneOffset.UTC),
                    ReviewWindow.chosen(SummaryFixtures.firstDayOf(inMemory), visitDay, ZoneOffset.UTC))) {
                VisitContext visit = new VisitContext(window, Locale.ENGLISH, AGENDA);
                List<String> expected = readable(DRAFTING.draft(inMemory, visit));
                String where =
                        file.getFileName() + ", " + window.from() + " to " + window.to() + ", " + database.kind();
                assertEquals(expected, readable(store.withRecord(first, record -> draft(record, visit))), where);
                assertEquals(expected, readable(store.withRecord(second, record -> draft(record, visit))), where);
                compared += expected.size();
            }
        }
        assertTrue(compared > 200, "enough sentences to tell: " + compared);
    }

    private static DraftSummary draft(PatientRecord record, VisitContext visit) {
        return DRAFTING.draft(record, visit);
    }

    /** Each sentence as a reader sees it: its number, section and both texts (ids differ between accounts). */
    private static List<String> readable(DraftSummary draft) {
        List<String> sentences = new ArrayList<>();
        for (SummarySentence sentence : draft.sentences()) {
            sentences.add(sentence.number() + " " + sentence.section() + " | " + sentence.patientText() + " | "
                    + sentence.clinicianText() + " | cites "
                    + sentence.factIds().size() + " facts, "
                    + sentence.entryIds().size() + " entries");
        }
        return sentences;
    }
}
