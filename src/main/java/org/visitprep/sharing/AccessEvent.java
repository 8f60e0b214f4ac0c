package org.visitprep.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.visitprep.persistence.InstantConverter;
import org.visitprep.persistence.UuidTextConverter;

/**
 * One attempt to open a patient's shared summary, opened or refused, as the patient reads it in their access log:
 * who (their account, and their name at the time), when, through which channel, which grant and summary. Written
 * once, never changed.
 */
@Entity
@Table(name = "access_event")
@NamedQuery(
        name = AccessEvent.OF_PATIENT,
        query = "select e from AccessEvent e where e.patientId = :patientId order by e.occurredAt desc, e.id")
public class AccessEvent {

    static final String OF_PATIENT = "AccessEvent.ofPatient";

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(name = "grant_id", updatable = false)
    @Convert(converter = UuidTextConverter.class)
    private UUID grantId;

    @Column(name = "summary_version_id", updatable = false)
    @Convert(converter = UuidTextConverter.class)
    private UUID summaryVersionId;

    @Column(name = "viewer_id", nullable = false, updatable = false)
    private UUID viewerId;

    @Column(name = "viewer_name", nullable = false, updatable = false)
    private String viewerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(name = "ehr_organization_id", updatable = false)
    private String ehrOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AccessOutcome outcome;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant occurredAt;

    protected AccessEvent() {}

    /**
     * @param grant the grant the viewer tried, or null when they found none for the patient
     * @param viewerName the viewer's display name now; empty when the portal does not know the account
     */
    AccessEvent(
            UUID patientId,
            ShareGrant grant,
            Viewer viewer,
            String viewerName,
            AccessOutcome outcome,
            Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.patientId = Objects.requireNonNull(patientId);
        this.grantId = grant == null ? null : grant.id();
        this.summaryVersionId = grant == null ? null : grant.summaryVersionId();
        this.viewerId = viewer.accountId();
        this.viewerName = Objects.requireNonNull(viewerName);
        this.channel = viewer.channel();
        this.ehrOrganizationId = viewer.ehrOrganizationId();
        this.outcome = Objects.requireNonNull(outcome);
        this.occurredAt = Objects.requireNonNull(occurredAt);
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public UUID grantId() {
        return grantId;
    }

    public UUID summaryVersionId() {
        return summaryVersionId;
    }

    public UUID viewerId() {
        return viewerId;
    }

    public String viewerName() {
        return viewerName;
    }

    public Channel channel() {
        return channel;
    }

    public String ehrOrganizationId() {
        return ehrOrganizationId;
    }

    public AccessOutcome outcome() {
        return outcome;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
