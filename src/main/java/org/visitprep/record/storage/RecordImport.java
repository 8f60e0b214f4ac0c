package org.visitprep.record.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.visitprep.record.reading.SourceKind;

/**
 * A row of {@code record_import} as JPA reads it: a finished import of a patient's record. Written by
 * {@link ImportWriter} in the import's transaction (or in one of its own when the import stored nothing).
 */
@Entity
@Table(name = "record_import")
class RecordImport {

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false)
    private SourceKind sourceKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportState state;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "finished_at", nullable = false)
    private OffsetDateTime finishedAt;

    @Column(name = "entries_read", nullable = false)
    private int entriesRead;

    @Column(name = "entries_added", nullable = false)
    private int entriesAdded;

    @Column(name = "entries_updated", nullable = false)
    private int entriesUpdated;

    @Column(name = "entries_unchanged", nullable = false)
    private int entriesUnchanged;

    @Column(name = "report_sealed", nullable = false)
    private byte[] reportSealed;

    protected RecordImport() {}

    UUID id() {
        return id;
    }

    UUID patientId() {
        return patientId;
    }

    SourceKind sourceKind() {
        return sourceKind;
    }

    ImportState state() {
        return state;
    }

    OffsetDateTime startedAt() {
        return startedAt;
    }

    OffsetDateTime finishedAt() {
        return finishedAt;
    }

    ImportCounts counts() {
        return new ImportCounts(entriesRead, entriesAdded, entriesUpdated, entriesUnchanged);
    }

    byte[] reportSealed() {
        return reportSealed;
    }
}
