package org.visitprep.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.visitprep.database.OnEachDatabase;
import org.visitprep.database.TestDatabase;
import org.visitprep.record.EntryOriginal;
import org.visitprep.record.FhirCorpus;
import org.visitprep.record.storage.TestRecordStore;

/**
 * A Synthea patient's bills imported into the store and read back as a year of care: the one-query read of the
 * originals gives what the entry-by-entry read gives, and 1983's eleven explanations of benefit (1,989.07 USD
 * submitted, counted by hand from the file) come out whole.
 */
class CareYearOnStoredRecordTest {

    /** The test record that plays Alice (see TestEhr.DEMO_PATIENTS). */
    static final Path ALICE = FhirCorpus.file("synthea/Evelyn_McCullough_b3e8d121-f742-438c-92e3-02135e4543d5.json");

    @OnEachDatabase
    void theBulkReadOfOriginalsMatchesTheEntryByEntryRead(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        store.importFile(patient, ALICE);
        Instant from = Instant.parse("1975-01-01T00:00:00Z");
        Instant to = Instant.parse("1986-01-01T00:00:00Z");
        store.withRecord(patient, record -> {
            List<EntryOriginal> bulk = record.originalsBetween(CareCosts.BILLS, from, to);
            var entries = record.between(CareCosts.BILLS, from, to);
            assertEquals(entries.size(), bulk.size());
            for (int i = 0; i < bulk.size(); i++) {
                assertEquals(entries.get(i).id(), bulk.get(i).entryId());
                assertEquals(
                        record.original(entries.get(i).id()).orElseThrow(),
                        bulk.get(i).json());
            }
            return null;
        });
    }

    @OnEachDatabase
    void aYearOfSyntheaBillsIsReadWhole(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        store.importFile(patient, ALICE);

        CareYear year = store.withRecord(patient, record -> CareCosts.read(record, CarePeriod.calendarYear(1983)));

        assertEquals(List.of("USD"), year.currencies());
        CareYear.CategoryTotals total = year.total("USD");
        assertEquals(
                0,
                new BigDecimal("1989.07").compareTo(total.billed()),
                total.billed().toPlainString());
        assertEquals(11, total.bills());
        assertTrue(year.byCategory("USD").stream().anyMatch(c -> c.category() == CareCategory.PREVENTIVE));
        assertTrue(year.problems().stream().noneMatch(p -> p.reason() == BillProblem.Reason.CONTRADICTORY_AMOUNTS));
        assertEquals(12, year.byMonth("USD").size());
    }
}
