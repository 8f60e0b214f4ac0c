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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.UUID;
import org.visitprep.persistence.InstantConverter;
import org.visitprep.persistence.UuidTextConverter;

/**
 * A patient's preparation of one appointment: when and with whom, and, sealed, what they wrote for it (the reason
 * and the agenda, see {@link VisitDetails}). It moves from {@link VisitStatus#DRAFT} to a drafted summary, then to
 * approved, when it freezes, then to shared.
 *
 * <p>At most one summary is generated at a time: {@link VisitPreparations#claimGeneration} sets the
 * {@code generating} flag in one conditional update, and only the holder of that claim's token may put its draft in
 * place or let the claim go.
 */
@Entity
@Table(name = "visit_preparation")
@NamedQuery(
        name = VisitPreparation.OF_PATIENT_FROM,
        query = "select v from VisitPreparation v where v.patientId = :patientId and v.appointmentAt >= :from"
                + " order by v.appointmentAt")
@NamedQuery(
        name = VisitPreparation.OF_PATIENT_BEFORE,
        query = "select v from VisitPreparation v where v.patientId = :patientId and v.appointmentAt < :before"
                + " order by v.appointmentAt desc")
@NamedQuery(
        name = VisitPreparation.CLAIM_GENERATION,
        query = "update VisitPreparation v set v.generating = :generating, v.generationToken = :token,"
                + " v.generationStartedAt = :now, v.version = v.version + 1"
                + " where v.id = :id and v.patientId = :patientId and v.status in :editable"
                + " and (v.generationToken is null or v.generationStartedAt < :staleBefore)")
public class VisitPreparation {

    static final String OF_PATIENT_FROM = "VisitPreparation.ofPatientFrom";
    static final String OF_PATIENT_BEFORE = "VisitPreparation.ofPatientBefore";
    static final String CLAIM_GENERATION = "VisitPreparation.claimGeneration";

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(name = "appointment_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant appointmentAt;

    @Column(name = "appointment_zone", nullable = false)
    private String appointmentZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_kind", nullable = false)
    private CareContact.Kind contactKind;

    @Column(name = "contact_id")
    private String contactId;

    /** The reason, the contact's name and the agenda, sealed ({@link VisitDetails}). */
    @Column(nullable = false)
    private byte[] details;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitStatus status;

    @Column(nullable = false)
    private boolean generating;

    @Column(name = "generation_token")
    @Convert(converter = UuidTextConverter.class)
    private UUID generationToken;

    @Column(name = "generation_started_at")
    @Convert(converter = InstantConverter.class)
    private Instant generationStartedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant updatedAt;

    @Version
    private long version;

    protected VisitPreparation() {}

    VisitPreparation(
            UUID patientId, ZonedDateTime appointment, CareContact contact, byte[] sealedDetails, Instant now) {
        this.id = UUID.randomUUID();
        this.patientId = Objects.requireNonNull(patientId);
        this.status = VisitStatus.DRAFT;
        this.createdAt = now;
        setWhatTheyWrote(appointment, contact, sealedDetails, now);
    }

    /** Saves the patient's changes to a visit they are still preparing. */
    void revise(ZonedDateTime appointment, CareContact contact, byte[] sealedDetails, Instant now) {
        requireEditable();
        setWhatTheyWrote(appointment, contact, sealedDetails, now);
    }

    private void setWhatTheyWrote(ZonedDateTime appointment, CareContact contact, byte[] sealedDetails, Instant now) {
        this.appointmentAt = appointment.toInstant();
        this.appointmentZone = appointment.getZone().getId();
        this.contactKind = contact.kind();
        this.contactId = contact.id();
        this.details = Objects.requireNonNull(sealedDetails);
        this.updatedAt = now;
    }

    /**
     * Notes that a successful generation put its draft in place, and lets the claim go.
     *
     * @return whether the token was the current claim's; if not, nothing changed
     */
    boolean generationSucceeded(UUID token, Instant now) {
        if (!holdsGeneration(token) || !status.isEditable()) {
            return false;
        }
        this.status = VisitStatus.SUMMARY_DRAFTED;
        releaseGeneration();
        this.updatedAt = now;
        return true;
    }

    /** Lets a failed generation's claim go; the previous draft stays as it was. */
    boolean generationAbandoned(UUID token) {
        if (!holdsGeneration(token)) {
            return false;
        }
        releaseGeneration();
        return true;
    }

    /** Whether the token is that of the generation now running. */
    public boolean holdsGeneration(UUID token) {
        return generating && generationToken != null && generationToken.equals(token);
    }

    private void releaseGeneration() {
        this.generating = false;
        this.generationToken = null;
        this.generationStartedAt = null;
    }

    /** Freezes the visit: the patient approved its summary. */
    void approve(Instant now) {
        requireEditable();
        if (generating) {
            throw new IllegalStateException("A summary is being generated for visit " + id);
        }
        if (status != VisitStatus.SUMMARY_DRAFTED) {
            throw new IllegalStateException("Visit " + id + " has no draft summary to approve");
        }
        this.status = VisitStatus.APPROVED;
        this.updatedAt = now;
    }

    /** Notes that the approved summary was shared. */
    public void shared(Instant now) {
        if (status != VisitStatus.APPROVED && status != VisitStatus.SHARED) {
            throw new IllegalStateException("Visit " + id + " is not approved: it cannot be shared");
        }
        this.status = VisitStatus.SHARED;
        this.updatedAt = now;
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new IllegalStateException("Visit " + id + " is " + status + ": it no longer changes");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public ZonedDateTime appointment() {
        return appointmentAt.atZone(ZoneId.of(appointmentZone));
    }

    public CareContact.Kind contactKind() {
        return contactKind;
    }

    public String contactId() {
        return contactId;
    }

    public VisitStatus status() {
        return status;
    }

    public boolean isGenerating() {
        return generating;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    byte[] sealedDetails() {
        return details;
    }
}
