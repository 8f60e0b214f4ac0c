package org.visitprep.sharing;

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
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.visitprep.persistence.InstantConverter;
import org.visitprep.visit.SummaryVersion;
import org.visitprep.visit.VisitPreparation;

/**
 * One approved summary shared with one grantee until a given time, unless the patient revokes it first. The
 * appointment's time is copied from the approved visit (which no longer changes) for the clinicians' worklists. What
 * clinicians note about the discussion is sealed ({@link ClinicianNotes}).
 */
@Entity
@Table(name = "share_grant")
@NamedQuery(
        name = ShareGrant.OF_PATIENT,
        query = "select g from ShareGrant g where g.patientId = :patientId order by g.sharedAt desc")
@NamedQuery(
        name = ShareGrant.ACTIVE_FOR,
        query = "select g from ShareGrant g where g.granteeKind = :kind and g.granteeId = :id"
                + " and g.revokedAt is null and g.expiresAt > :now")
@NamedQuery(
        name = ShareGrant.MARK_OPENED,
        query = "update ShareGrant g set g.firstOpenedAt = :now where g.id = :id and g.firstOpenedAt is null")
public class ShareGrant {

    static final String OF_PATIENT = "ShareGrant.ofPatient";
    static final String ACTIVE_FOR = "ShareGrant.activeFor";
    static final String MARK_OPENED = "ShareGrant.markOpened";

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(name = "visit_id", nullable = false, updatable = false)
    private UUID visitId;

    @Column(name = "summary_version_id", nullable = false, updatable = false)
    private UUID summaryVersionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "grantee_kind", nullable = false, updatable = false)
    private Grantee.Kind granteeKind;

    @Column(name = "grantee_id", nullable = false, updatable = false)
    private String granteeId;

    @Column(name = "appointment_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant appointmentAt;

    @Column(name = "appointment_zone", nullable = false, updatable = false)
    private String appointmentZone;

    @Column(name = "shared_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant sharedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    @Convert(converter = InstantConverter.class)
    private Instant revokedAt;

    @Column(name = "first_opened_at")
    @Convert(converter = InstantConverter.class)
    private Instant firstOpenedAt;

    @Column(name = "discussed_at")
    @Convert(converter = InstantConverter.class)
    private Instant discussedAt;

    /** The clinicians' notes, sealed; null until the first. */
    @Column
    private byte[] notes;

    @Version
    private long version;

    protected ShareGrant() {}

    private ShareGrant(VisitPreparation visit, SummaryVersion approved, Grantee grantee, Instant until, Instant now) {
        this.id = UUID.randomUUID();
        this.patientId = visit.patientId();
        this.visitId = visit.id();
        this.summaryVersionId = approved.id();
        this.granteeKind = grantee.kind();
        this.granteeId = grantee.id();
        this.appointmentAt = visit.appointment().toInstant();
        this.appointmentZone = visit.appointment().getZone().getId();
        this.sharedAt = now;
        this.expiresAt = until;
    }

    /**
     * Shares the visit's approved summary with the grantee until the given time.
     *
     * @throws IllegalArgumentException if the version is not the visit's approved one, or the time is not ahead
     */
    public static ShareGrant shareWith(
            VisitPreparation visit, SummaryVersion approved, Grantee grantee, Instant until, Instant now) {
        Objects.requireNonNull(grantee, "grantee");
        if (!approved.isFrozen() || !approved.visitId().equals(visit.id())) {
            throw new IllegalArgumentException("Only the visit's approved summary is shared");
        }
        if (!until.isAfter(now)) {
            throw new IllegalArgumentException("Sharing ends after it starts");
        }
        return new ShareGrant(visit, approved, grantee, until, now);
    }

    /** Stops sharing now; revoking again changes nothing. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /**
     * Whether someone acting for the given grantees may open the summary now, and if not, why. Someone it was
     * never shared with learns only that it is not theirs, not whether it was revoked or expired.
     */
    public Openability isOpenableBy(Collection<Grantee> actingFor, Instant now) {
        if (!actingFor.contains(grantee())) {
            return Openability.NOT_YOURS;
        }
        if (revokedAt != null) {
            return Openability.REVOKED;
        }
        if (!now.isBefore(expiresAt)) {
            return Openability.EXPIRED;
        }
        return Openability.OPENABLE;
    }

    /** Whether the grant still lets its grantee open the summary. */
    public boolean isActive(Instant now) {
        return isOpenableBy(Set.of(grantee()), now) == Openability.OPENABLE;
    }

    /** Keeps what clinicians noted of the discussion, sealed, and when it was last discussed. */
    void discussed(byte[] sealedNotes, Instant now) {
        this.notes = Objects.requireNonNull(sealedNotes);
        this.discussedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public UUID visitId() {
        return visitId;
    }

    public UUID summaryVersionId() {
        return summaryVersionId;
    }

    public Grantee grantee() {
        return new Grantee(granteeKind, granteeId);
    }

    public ZonedDateTime appointment() {
        return appointmentAt.atZone(ZoneId.of(appointmentZone));
    }

    public Instant sharedAt() {
        return sharedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant firstOpenedAt() {
        return firstOpenedAt;
    }

    public Instant discussedAt() {
        return discussedAt;
    }

    byte[] sealedNotes() {
        return notes;
    }
}
