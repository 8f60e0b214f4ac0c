package org.visitprep.record.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Removes one saved import from a patient's record with JDBC, in the caller's transaction, after locking the record
 * as an import does. See {@link RecordPersonKeeper#remove}.
 */
final class ImportRemoval {

    private static final String LOCK_RECORD =
            "update patient_record set revision = revision + 1, updated_at = ? where patient_id = ?";
    private static final String STATE = "select state from record_import where id = ? and patient_id = ?";
    private static final String FORGET_CARRIED = "delete from record_entry_carrier where import_id = ?";
    private static final String CARRIED_ELSEWHERE = "select c.entry_id, c.import_id from record_entry_carrier c"
            + " join record_entry e on e.id = c.entry_id join record_import i on i.id = c.import_id"
            + " where e.patient_id = ? and e.import_id = ? and i.patient_id = ? and i.state = 'DONE'"
            + " order by i.started_at desc, c.import_id";
    private static final String HAND_OVER =
            "update record_entry set import_id = ? where id = ? and patient_id = ? and import_id = ?";
    private static final String NOW_WRITER = "delete from record_entry_carrier where entry_id = ? and import_id = ?";
    private static final String DELETE_ENTRIES = "delete from record_entry where patient_id = ? and import_id = ?";
    private static final String MARK_REMOVED =
            "update record_import set state = 'REMOVED', finished_at = ? where id = ? and patient_id = ?";

    private final Connection connection;
    private final UUID patientId;
    private final Clock clock;

    ImportRemoval(Connection connection, UUID patientId, Clock clock) {
        this.connection = connection;
        this.patientId = patientId;
        this.clock = clock;
    }

    /** @return false when the patient has no saved import of this id; nothing changed then */
    boolean remove(UUID importId) throws SQLException {
        if (!isSaved(importId) || !lockRecord() || !isSaved(importId)) {
            return false;
        }
        execute(FORGET_CARRIED, importId);
        Map<UUID, UUID> heirs = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(CARRIED_ELSEWHERE)) {
            select.setObject(1, patientId);
            select.setObject(2, importId);
            select.setObject(3, patientId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    heirs.putIfAbsent(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class));
                }
            }
        }
        try (PreparedStatement handOver = connection.prepareStatement(HAND_OVER);
                PreparedStatement nowWriter = connection.prepareStatement(NOW_WRITER)) {
            for (var heir : heirs.entrySet()) {
                handOver.setObject(1, heir.getValue());
                handOver.setObject(2, heir.getKey());
                handOver.setObject(3, patientId);
                handOver.setObject(4, importId);
                handOver.addBatch();
                nowWriter.setObject(1, heir.getKey());
                nowWriter.setObject(2, heir.getValue());
                nowWriter.addBatch();
            }
            if (!heirs.isEmpty()) {
                handOver.executeBatch();
                nowWriter.executeBatch();
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(DELETE_ENTRIES)) {
            delete.setObject(1, patientId);
            delete.setObject(2, importId);
            delete.executeUpdate();
        }
        try (PreparedStatement mark = connection.prepareStatement(MARK_REMOVED)) {
            mark.setObject(1, ImportWriter.utc(clock.instant()));
            mark.setObject(2, importId);
            mark.setObject(3, patientId);
            mark.executeUpdate();
        }
        return true;
    }

    private boolean isSaved(UUID importId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(STATE)) {
            select.setObject(1, importId);
            select.setObject(2, patientId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && ImportState.DONE.name().equals(row.getString(1));
            }
        }
    }

    private boolean lockRecord() throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_RECORD)) {
            lock.setObject(1, ImportWriter.utc(clock.instant()));
            lock.setObject(2, patientId);
            return lock.executeUpdate() == 1;
        }
    }

    private void execute(String sql, UUID importId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, importId);
            statement.executeUpdate();
        }
    }
}
