package org.visitprep.record.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.visitprep.database.OnEachDatabase;
import org.visitprep.database.TestDatabase;
import org.visitprep.record.EntryKind;
import org.visitprep.record.PatientRecord;

/**
 * A patient's record answers for that patient only: another patient's entries are found neither by id nor listed,
 * even when both imported the same file.
 */
class PatientIsolationTest {

    private static final Instant ALWAYS_FROM = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant ALWAYS_TO = Instant.parse("2100-01-01T00:00:00Z");

    @OnEachDatabase
    void anotherPatientsEntriesAreNeitherFoundNorListed(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        ImportStatus aliceImport = store.importFile(alice, StoredRecordTest.ALI);
        store.importFile(bob, StoredRecordTest.ALI);
        Set<UUID> aliceIds = ReimportTest.ids(store, alice);
        Set<UUID> bobIds = ReimportTest.ids(store, bob);
        assertEquals(aliceIds.size(), bobIds.size(), "the same file in both records");
        assertTrue(bobIds.stream().noneMatch(aliceIds::contains), "an entry's id differs from one patient to another");

        store.withRecord(bob, record -> {
            for (UUID id : aliceIds) {
                assertEquals(Optional.empty(), record.entry(id));
                assertEquals(Optional.empty(), record.original(id));
            }
            assertTrue(listed(record).stream().noneMatch(aliceIds::contains));
            assertEquals(bobIds, Set.copyOf(listed(record)));
            assertEquals(
                    record.countsByKind().values().stream()
                            .mapToLong(Long::longValue)
                            .sum(),
                    bobIds.size());
            assertTrue(record.observationsCoded(StoredRecordTest.HBA1C).stream()
                    .noneMatch(entry -> aliceIds.contains(entry.id())));
            return null;
        });
        assertEquals(Optional.empty(), store.importOf(bob, aliceImport.importId()));
        assertTrue(store.imports(bob).stream().noneMatch(i -> i.importId().equals(aliceImport.importId())));
    }

    @OnEachDatabase
    void aPatientWithoutARecordSeesNothing(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID alice = UUID.randomUUID();
        store.importFile(alice, ReimportTest.LIZ);
        UUID anyId = ReimportTest.ids(store, alice).iterator().next();
        UUID newcomer = UUID.randomUUID();

        store.withRecord(newcomer, record -> {
            assertEquals(Map.of(), record.countsByKind());
            assertEquals(List.of(), listed(record));
            assertEquals(Optional.empty(), record.entry(anyId));
            assertEquals(Optional.empty(), record.original(anyId));
            assertEquals(Optional.empty(), record.patient());
            assertEquals(List.of(), record.observationsCoded(StoredRecordTest.HBA1C));
            assertEquals(List.of(), record.latestObservationPerCode("laboratory"));
            return null;
        });
        assertEquals(List.of(), store.imports(newcomer));
    }

    /** Every id the record lists, through every listing it offers. */
    private static List<UUID> listed(PatientRecord record) {
        var ids = new ArrayList<UUID>();
        for (EntryKind kind : EntryKind.values()) {
            record.page(kind, 0, 100_000).forEach(entry -> ids.add(entry.id()));
        }
        List<UUID> all = List.copyOf(ids);
        Set<UUID> others = new HashSet<>();
        record.between(EnumSet.allOf(EntryKind.class), ALWAYS_FROM, ALWAYS_TO).forEach(e -> others.add(e.id()));
        record.medications().forEach(e -> others.add(e.id()));
        record.conditions().forEach(e -> others.add(e.id()));
        record.latestObservationPerCode("laboratory").forEach(e -> others.add(e.id()));
        record.latestObservationPerCode("vital-signs").forEach(e -> others.add(e.id()));
        assertTrue(all.containsAll(others), "every listing lists entries of the record only");
        return all;
    }
}
