package org.visitprep.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.visitprep.persistence.InstantConverter;
import org.visitprep.summary.draft.DraftSummary;

/**
 * One version of a visit's summary: the draft an engine wrote and the patient reviews, or the version the patient
 * approved. Approving makes a new, frozen version; a frozen version refuses every change. The content is sealed
 * ({@link SummaryContent}); which engine and model wrote it, and when, are kept in clear for audit.
 */
@Entity
@Table(name = "summary_version")
@NamedQuery(
        name = SummaryVersion.HIGHEST_NUMBER,
        query = "select max(s.number) from SummaryVersion s where s.visitId = :visitId")
@NamedQuery(
        name = SummaryVersion.OF_VISIT_IN_STATE,
        query = "select s from SummaryVersion s where s.visitId = :visitId and s.state = :state order by s.number desc")
public class SummaryVersion {

    static final String HIGHEST_NUMBER = "SummaryVersion.highestNumber";
    static final String OF_VISIT_IN_STATE = "SummaryVersion.ofVisitInState";

    @Id
    private UUID id;

    @Column(name = "visit_id", nullable = false, updatable = false)
    private UUID visitId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SummaryState state;

    @Column(nullable = false, updatable = false)
    private String engine;

    @Column(updatable = false)
    private String model;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(name = "disclaimer_key", nullable = false, updatable = false)
    private String disclaimerKey;

    @Column(name = "generated_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant generatedAt;

    @Column(name = "approved_at", updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant approvedAt;

    @Column(nullable = false)
    private byte[] content;

    /** The sealed {@link FrozenReview} of an approved version, once computed; written once, by a bulk update. */
    @Column(name = "review")
    private byte[] review;

    @Version
    private long version;

    protected SummaryVersion() {}

    /** A copy of the given version under another number and state, with new content. */
    private SummaryVersion(SummaryVersion from, int number, SummaryState state, Instant approvedAt, byte[] content) {
        this.id = UUID.randomUUID();
        this.visitId = from.visitId;
        this.patientId = from.patientId;
        this.number = number;
        this.state = state;
        this.engine = from.engine;
        this.model = from.model;
        this.language = from.language;
        this.disclaimerKey = from.disclaimerKey;
        this.generatedAt = from.generatedAt;
        this.approvedAt = approvedAt;
        this.content = Objects.requireNonNull(content);
    }

    /** The disclaimer every draft carries: it supports the conversation and is not a diagnosis. */
    static final String STANDARD_DISCLAIMER = "default";

    /**
     * A new draft of the visit's summary, from what the summary engines wrote (the engine in lower case, no model for
     * the grounded engine); the content is sealed already.
     */
    static SummaryVersion draft(UUID visitId, UUID patientId, int number, DraftSummary draft, byte[] sealedContent) {
        SummaryVersion version = new SummaryVersion();
        version.id = UUID.randomUUID();
        version.visitId = Objects.requireNonNull(visitId);
        version.patientId = Objects.requireNonNull(patientId);
        version.number = number;
        version.state = SummaryState.DRAFT;
        version.engine = draft.engine().name().toLowerCase(Locale.ROOT);
        version.model = DraftSummary.NO_MODEL.equals(draft.model()) ? null : draft.model();
        version.language = draft.locale().toLanguageTag();
        version.disclaimerKey = STANDARD_DISCLAIMER;
        version.generatedAt = draft.createdAt();
        version.content = Objects.requireNonNull(sealedContent);
        return version;
    }

    /** Replaces the draft's content with the patient's review of it. */
    void revise(byte[] sealedContent) {
        if (isFrozen()) {
            throw new FrozenSummaryException(
                    "Summary version " + number + " of visit " + visitId + " is approved: it never changes");
        }
        this.content = Objects.requireNonNull(sealedContent);
    }

    /**
     * The frozen version the patient approves this draft into: a new version, with the same engine and times.
     *
     * @param sealedContent the draft's content with the visit as approved, sealed
     */
    SummaryVersion approvedAs(int approvedNumber, byte[] sealedContent, Instant now) {
        if (isFrozen()) {
            throw new FrozenSummaryException("Summary version " + number + " is approved already");
        }
        return new SummaryVersion(this, approvedNumber, SummaryState.APPROVED, now, sealedContent);
    }

    /** Whether this is an approved version, which never changes. */
    public boolean isFrozen() {
        return state == SummaryState.APPROVED;
    }

    public UUID id() {
        return id;
    }

    public UUID visitId() {
        return visitId;
    }

    public UUID patientId() {
        return patientId;
    }

    public int number() {
        return number;
    }

    public SummaryState state() {
        return state;
    }

    public String engine() {
        return engine;
    }

    public String model() {
        return model;
    }

    public String language() {
        return language;
    }

    public String disclaimerKey() {
        return disclaimerKey;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    /** The sealed review, or null until it is computed. */
    byte[] sealedReview() {
        return review;
    }

    /** The sealed content: only storage and this package's services open it. */
    byte[] sealedContent() {
        return content;
    }
}
