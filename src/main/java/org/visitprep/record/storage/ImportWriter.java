package org.visitprep.record.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.visitprep.record.RecordEntry;
import org.visitprep.record.reading.SourceKind;

/**
 * Writes an import into a patient's record with JDBC, in the caller's transaction (it never commits).
 *
 * <p>Saving a file first locks the patient's {@code patient_record} row, so that two imports of one patient follow
 * each other even on two nodes, then reads the ids and content indexes of the entries the record holds, and goes
 * through the file's entries in chunks: helper threads index, compare and seal the next chunks while this thread
 * writes the current one in JDBC batches. An entry the record holds as it is is left alone; another version of a
 * stored entry replaces it in place (an entry's id is its identity's blind index, so it keeps its id, and citations
 * of it stay valid); a new entry is added. An identity met twice in one file keeps its first entry. Which imports
 * carried an entry besides the one that wrote it is kept in {@code record_entry_carrier}, so that removing one import
 * never takes an entry from another.
 */
final class ImportWriter {

    /** Entries per chunk: one task of the helpers, one round of batches. */
    static final int CHUNK = 256;

    /** New rows per insert statement: one statement of many rows costs both databases less than many of one. */
    static final int ROWS_PER_INSERT = 64;

    private static final String LOCK_RECORD =
            "update patient_record set revision = revision + 1, updated_at = ? where patient_id = ?";
    private static final String CREATE_RECORD =
            "insert into patient_record (patient_id, revision, updated_at) values (?, 1, ?)";
    private static final String STORED_VERSIONS =
            "select id, content_index, import_id from record_entry where patient_id = ?";
    private static final String INSERT_IMPORT = "insert into record_import (id, patient_id, source_kind, state,"
            + " started_at, finished_at, entries_read, entries_added, entries_updated, entries_unchanged,"
            + " report_sealed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ENTRIES = "insert into record_entry (id, patient_id, import_id, content_index,"
            + " kind, resource_type, effective_start, code_index, category_index, more_categories, detail_sealed,"
            + " original_sealed) values ";
    private static final String ENTRY_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int ENTRY_COLUMNS = 12;
    private static final String UPDATE_ENTRY = "update record_entry set import_id = ?, content_index = ?, kind = ?,"
            + " resource_type = ?, effective_start = ?, code_index = ?, category_index = ?, more_categories = ?,"
            + " detail_sealed = ?, original_sealed = ? where id = ? and patient_id = ?";
    private static final String COUNT_IMPORT = "update record_import set finished_at = ?, entries_read = ?,"
            + " entries_added = ?, entries_updated = ?, entries_unchanged = ? where id = ?";

    private final Connection connection;
    private final RecordCipher cipher;
    private final Executor executor;
    private final int helpers;
    private final Clock clock;

    /**
     * @param executor runs the helpers that seal ahead of the writing
     * @param helpers how many chunks may be sealed ahead at once
     */
    ImportWriter(Connection connection, RecordCipher cipher, Executor executor, int helpers, Clock clock) {
        this.connection = connection;
        this.cipher = cipher;
        this.executor = executor;
        this.helpers = Math.max(1, helpers);
        this.clock = clock;
    }

    /** What is known of an import when its row is written. */
    record ImportRow(UUID importId, SourceKind sourceKind, ImportState state, Instant startedAt, ImportReport report) {}

    /** Saves every entry of a file read in full, and the import's row; answers what it did to the record. */
    ImportCounts save(ImportRow row, List<RecordEntry> entries, ImportTracker tracker) throws SQLException {
        lockRecord();
        return saveLocked(row, entries, tracker);
    }

    /**
     * Locks the patient's {@code patient_record} row (creating it for a first import) until the transaction ends, so
     * that imports of one patient follow each other on any node.
     */
    void lockRecord() throws SQLException {
        lockRecord(clock.instant());
    }

    /** {@link #save} once {@link #lockRecord} has locked the record in this transaction. */
    ImportCounts saveLocked(ImportRow row, List<RecordEntry> entries, ImportTracker tracker) throws SQLException {
        insertImport(row, ImportCounts.NONE);
        Map<UUID, StoredVersion> storedRows = storedVersions();
        Map<UUID, BlindIndex> indexes = new HashMap<>(storedRows.size() * 2);
        storedRows.forEach((id, version) -> indexes.put(id, version.contentIndex()));
        Map<UUID, BlindIndex> stored = Collections.unmodifiableMap(indexes);
        var carriers = new Carriers(row.importId());
        EntrySealer sealer = new EntrySealer(cipher);
        Set<UUID> seen = new HashSet<>(entries.size() * 2);
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        try (PreparedStatement insertMany = connection.prepareStatement(insertStatement(ROWS_PER_INSERT));
                PreparedStatement insertOne = connection.prepareStatement(insertStatement(1));
                PreparedStatement update = connection.prepareStatement(UPDATE_ENTRY)) {
            var chunks = new ChunksAhead(entries, stored, sealer);
            List<SealedRow> inserts = new ArrayList<>(CHUNK);
            for (List<EntrySealer.Prepared> chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                inserts.clear();
                int updates = 0;
                for (EntrySealer.Prepared prepared : chunk) {
                    boolean first = seen.add(prepared.id());
                    if (!first || prepared.row() == null) {
                        unchanged++;
                        if (first) {
                            carriers.carried(prepared.id());
                        }
                    } else if (prepared.row().replacesStored()) {
                        bindUpdate(update, row.importId(), prepared.row());
                        update.addBatch();
                        updates++;
                        carriers.carriedBy(
                                prepared.id(), storedRows.get(prepared.id()).importId());
                    } else {
                        inserts.add(prepared.row());
                    }
                }
                insert(insertMany, insertOne, row.importId(), inserts);
                if (updates > 0) {
                    update.executeBatch();
                }
                added += inserts.size();
                updated += updates;
                carriers.flush();
                tracker.saved(chunk.size());
            }
        }
        var counts = new ImportCounts(entries.size(), added, updated, unchanged);
        countImport(row.importId(), counts);
        return counts;
    }

    /** Writes the row of an import that stored nothing: refused, or failed and rolled back. */
    void recordUnsaved(ImportRow row, int entriesRead) throws SQLException {
        insertImport(row, new ImportCounts(entriesRead, 0, 0, 0));
    }

    private void lockRecord(Instant now) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_RECORD)) {
            lock.setObject(1, utc(now));
            lock.setObject(2, cipher.patientId());
            if (lock.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement create = connection.prepareStatement(CREATE_RECORD)) {
            create.setObject(1, cipher.patientId());
            create.setObject(2, utc(now));
            create.executeUpdate();
        }
    }

    /** What the record holds of a stored entry: its content index, and the import that wrote this version. */
    private record StoredVersion(BlindIndex contentIndex, UUID importId) {}

    /** The content index and writing import of every entry the record holds, by id. */
    private Map<UUID, StoredVersion> storedVersions() throws SQLException {
        Map<UUID, StoredVersion> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(STORED_VERSIONS)) {
            select.setObject(1, cipher.patientId());
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.put(
                            rows.getObject(1, UUID.class),
                            new StoredVersion(new BlindIndex(rows.getBytes(2)), rows.getObject(3, UUID.class)));
                }
            }
        }
        return stored;
    }

    /**
     * The {@code record_entry_carrier} rows of one import, written a chunk at a time: the entries it met unchanged,
     * and for each entry it replaced, the import that wrote the replaced version (so that removing this import later
     * keeps the entry for that one).
     */
    private final class Carriers {
        private final UUID importId;
        private final List<UUID[]> pending = new ArrayList<>();

        Carriers(UUID importId) {
            this.importId = importId;
        }

        void carried(UUID entryId) {
            pending.add(new UUID[] {entryId, importId});
        }

        void carriedBy(UUID entryId, UUID earlierImport) {
            if (!earlierImport.equals(importId)) {
                pending.add(new UUID[] {entryId, earlierImport});
            }
        }

        void flush() throws SQLException {
            if (pending.isEmpty()) {
                return;
            }
            int whole = pending.size() - pending.size() % ROWS_PER_INSERT;
            if (whole > 0) {
                try (PreparedStatement many = connection.prepareStatement(carrierStatement(ROWS_PER_INSERT))) {
                    for (int first = 0; first < whole; first += ROWS_PER_INSERT) {
                        for (int i = 0; i < ROWS_PER_INSERT; i++) {
                            many.setObject(2 * i + 1, pending.get(first + i)[0]);
                            many.setObject(2 * i + 2, pending.get(first + i)[1]);
                        }
                        many.addBatch();
                    }
                    many.executeBatch();
                }
            }
            if (whole < pending.size()) {
                try (PreparedStatement one = connection.prepareStatement(carrierStatement(1))) {
                    for (UUID[] carrier : pending.subList(whole, pending.size())) {
                        one.setObject(1, carrier[0]);
                        one.setObject(2, carrier[1]);
                        one.addBatch();
                    }
                    one.executeBatch();
                }
            }
            pending.clear();
        }

        private static String carrierStatement(int rows) {
            return "insert into record_entry_carrier (entry_id, import_id) values "
                    + String.join(", ", Collections.nCopies(rows, "(?, ?)"));
        }
    }

    private void insertImport(ImportRow row, ImportCounts counts) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_IMPORT)) {
            insert.setObject(1, row.importId());
            insert.setObject(2, cipher.patientId());
            insert.setString(3, row.sourceKind().name());
            insert.setString(4, row.state().name());
            insert.setObject(5, utc(row.startedAt()));
            insert.setObject(6, utc(clock.instant()));
            insert.setInt(7, counts.read());
            insert.setInt(8, counts.added());
            insert.setInt(9, counts.updated());
            insert.setInt(10, counts.unchanged());
            insert.setBytes(11, cipher.sealReport(row.importId(), row.report().toJson()));
            insert.executeUpdate();
        }
    }

    private void countImport(UUID importId, ImportCounts counts) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(COUNT_IMPORT)) {
            count.setObject(1, utc(clock.instant()));
            count.setInt(2, counts.read());
            count.setInt(3, counts.added());
            count.setInt(4, counts.updated());
            count.setInt(5, counts.unchanged());
            count.setObject(6, importId);
            count.executeUpdate();
        }
    }

    private static String insertStatement(int rows) {
        return INSERT_ENTRIES + String.join(", ", Collections.nCopies(rows, ENTRY_VALUES));
    }

    /** Inserts the rows, {@value #ROWS_PER_INSERT} to a statement and the rest one by one, in one batch each. */
    private void insert(PreparedStatement insertMany, PreparedStatement insertOne, UUID importId, List<SealedRow> rows)
            throws SQLException {
        int whole = rows.size() - rows.size() % ROWS_PER_INSERT;
        for (int first = 0; first < whole; first += ROWS_PER_INSERT) {
            for (int i = 0; i < ROWS_PER_INSERT; i++) {
                bindInsert(insertMany, i * ENTRY_COLUMNS, importId, rows.get(first + i));
            }
            insertMany.addBatch();
        }
        for (SealedRow row : rows.subList(whole, rows.size())) {
            bindInsert(insertOne, 0, importId, row);
            insertOne.addBatch();
        }
        if (whole > 0) {
            insertMany.executeBatch();
        }
        if (whole < rows.size()) {
            insertOne.executeBatch();
        }
    }

    private void bindInsert(PreparedStatement insert, int offset, UUID importId, SealedRow row) throws SQLException {
        insert.setObject(offset + 1, row.id());
        insert.setObject(offset + 2, cipher.patientId());
        insert.setObject(offset + 3, importId);
        insert.setBytes(offset + 4, row.contentIndex().bytes());
        insert.setString(offset + 5, row.kind().name());
        insert.setString(offset + 6, row.resourceType());
        setTime(insert, offset + 7, row.effectiveStart());
        setIndex(insert, offset + 8, row.codeIndex());
        setIndex(insert, offset + 9, row.categoryIndex());
        insert.setBoolean(offset + 10, row.moreCategories());
        insert.setBytes(offset + 11, row.detailSealed());
        insert.setBytes(offset + 12, row.originalSealed());
    }

    private void bindUpdate(PreparedStatement update, UUID importId, SealedRow row) throws SQLException {
        update.setObject(1, importId);
        update.setBytes(2, row.contentIndex().bytes());
        update.setString(3, row.kind().name());
        update.setString(4, row.resourceType());
        setTime(update, 5, row.effectiveStart());
        setIndex(update, 6, row.codeIndex());
        setIndex(update, 7, row.categoryIndex());
        update.setBoolean(8, row.moreCategories());
        update.setBytes(9, row.detailSealed());
        update.setBytes(10, row.originalSealed());
        update.setObject(11, row.id());
        update.setObject(12, cipher.patientId());
    }

    private static void setTime(PreparedStatement statement, int index, OffsetDateTime time) throws SQLException {
        if (time == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, time);
        }
    }

    private static void setIndex(PreparedStatement statement, int index, BlindIndex value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARBINARY);
        } else {
            statement.setBytes(index, value.bytes());
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * The entries' chunks in order, each prepared by a helper thread while earlier ones are written: at most
     * {@code helpers + 1} chunks are in flight, which bounds the sealed bytes held in memory. A chunk that no helper
     * has started when its turn comes is prepared by the writing thread itself, so the import goes on however busy
     * or saturated the executor is.
     */
    private final class ChunksAhead {

        private final List<RecordEntry> entries;
        private final Map<UUID, BlindIndex> stored;
        private final EntrySealer sealer;
        private final ArrayDeque<Chunk> inFlight = new ArrayDeque<>();
        private int nextStart;

        ChunksAhead(List<RecordEntry> entries, Map<UUID, BlindIndex> stored, EntrySealer sealer) {
            this.entries = entries;
            this.stored = stored;
            this.sealer = sealer;
            while (inFlight.size() <= helpers && submitNext()) {
                // filling the window
            }
        }

        /** The next chunk prepared, or null after the last. */
        List<EntrySealer.Prepared> next() {
            Chunk head = inFlight.poll();
            if (head == null) {
                return null;
            }
            submitNext();
            head.prepareUnlessStarted();
            try {
                return head.prepared.join();
            } catch (CompletionException e) {
                inFlight.forEach(Chunk::cancel);
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }

        private boolean submitNext() {
            if (nextStart >= entries.size()) {
                return false;
            }
            var chunk = new Chunk(entries.subList(nextStart, Math.min(entries.size(), nextStart + CHUNK)));
            nextStart += chunk.entries.size();
            inFlight.add(chunk);
            try {
                executor.execute(chunk::prepareUnlessStarted);
            } catch (RejectedExecutionException busy) {
                // the writing thread prepares it when its turn comes
            }
            return true;
        }

        /** Entries to prepare, by whichever thread starts first. */
        private final class Chunk {
            private final List<RecordEntry> entries;
            private final AtomicBoolean started = new AtomicBoolean();
            private final CompletableFuture<List<EntrySealer.Prepared>> prepared = new CompletableFuture<>();

            Chunk(List<RecordEntry> entries) {
                this.entries = entries;
            }

            void prepareUnlessStarted() {
                if (!started.compareAndSet(false, true)) {
                    return;
                }
                try {
                    List<EntrySealer.Prepared> rows = new ArrayList<>(entries.size());
                    for (RecordEntry entry : entries) {
                        rows.add(sealer.prepare(entry, stored));
                    }
                    prepared.complete(rows);
                } catch (RuntimeException | Error e) {
                    prepared.completeExceptionally(e);
                }
            }

            /** Keeps a helper from starting it after the import failed. */
            void cancel() {
                started.set(true);
            }
        }
    }
}
