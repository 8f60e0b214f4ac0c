package org.visitprep.record.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.visitprep.record.EntryKind;

/**
 * A row of {@code record_entry} as JPA reads it: an entry of a patient's record, sealed and indexed. Rows are
 * written by {@link ImportWriter} in JDBC batches; queries select the columns they need, so that a list never
 * loads an original.
 */
@Entity
@Table(name = "record_entry")
class SealedEntry {

    /** The blind index of the entry's identity, as a UUID (see {@link EntrySealer}). */
    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(name = "import_id", nullable = false)
    private UUID importId;

    @Column(name = "content_index", nullable = false)
    private byte[] contentIndex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntryKind kind;

    @Column(name = "resource_type", nullable = false)
    private String resourceType;

    @Column(name = "effective_start")
    private OffsetDateTime effectiveStart;

    @Column(name = "code_index")
    private byte[] codeIndex;

    @Column(name = "category_index")
    private byte[] categoryIndex;

    @Column(name = "more_categories", nullable = false)
    private boolean moreCategories;

    @Column(name = "detail_sealed", nullable = false)
    private byte[] detailSealed;

    @Column(name = "original_sealed", nullable = false)
    private byte[] originalSealed;

    protected SealedEntry() {}
}
