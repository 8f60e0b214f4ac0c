package org.visitprep.ehr.connection;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.visitprep.persistence.InstantConverter;

/** A portal patient's connection to their record at one EHR, with the EHR's tokens sealed. */
@Entity
@Table(name = "ehr_connection")
@NamedQuery(
        name = EhrConnection.OF_PATIENT_AT,
        query = "select c from EhrConnection c where c.patientId = :patientId and c.ehrIss = :iss")
@NamedQuery(
        name = EhrConnection.OF_EHR_PATIENT,
        query = "select c from EhrConnection c where c.ehrIss = :iss and c.ehrPatientId = :ehrPatientId")
@NamedQuery(
        name = EhrConnection.OF_PATIENT,
        query = "select c from EhrConnection c where c.patientId = :patientId order by c.connectedAt")
public class EhrConnection {

    static final String OF_PATIENT_AT = "EhrConnection.ofPatientAt";
    static final String OF_EHR_PATIENT = "EhrConnection.ofEhrPatient";
    static final String OF_PATIENT = "EhrConnection.ofPatient";

    @Id
    private UUID id;

    /** The portal patient. */
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    /** The EHR's FHIR base URL. */
    @Column(name = "ehr_iss", nullable = false, updatable = false)
    private String ehrIss;

    @Column(name = "ehr_patient_id", nullable = false)
    private String ehrPatientId;

    /** The tokens, sealed for the patient: see {@link SealedTokens}. */
    @Column(name = "sealed_tokens", nullable = false)
    private byte[] sealedTokens;

    @Column(name = "connected_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant connectedAt;

    @Column(name = "tokens_renewed_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant tokensRenewedAt;

    @Column(name = "last_pulled_at")
    @Convert(converter = InstantConverter.class)
    private Instant lastPulledAt;

    protected EhrConnection() {}

    EhrConnection(UUID patientId, String ehrIss, String ehrPatientId, byte[] sealedTokens, Instant now) {
        this.id = UUID.randomUUID();
        this.patientId = Objects.requireNonNull(patientId);
        this.ehrIss = Objects.requireNonNull(ehrIss);
        this.ehrPatientId = Objects.requireNonNull(ehrPatientId);
        this.sealedTokens = sealedTokens.clone();
        this.connectedAt = now;
        this.tokensRenewedAt = now;
    }

    /** The patient connected again: possibly as another patient of the EHR, and with new tokens. */
    void reconnect(String currentEhrPatientId, byte[] sealed, Instant now) {
        this.ehrPatientId = Objects.requireNonNull(currentEhrPatientId);
        this.sealedTokens = sealed.clone();
        this.connectedAt = now;
        this.tokensRenewedAt = now;
    }

    void renewTokens(byte[] sealed, Instant now) {
        this.sealedTokens = sealed.clone();
        this.tokensRenewedAt = now;
    }

    void pulled(Instant now) {
        this.lastPulledAt = now;
    }

    byte[] sealedTokens() {
        return sealedTokens.clone();
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public String ehrIss() {
        return ehrIss;
    }

    public String ehrPatientId() {
        return ehrPatientId;
    }

    public Instant connectedAt() {
        return connectedAt;
    }

    public Instant tokensRenewedAt() {
        return tokensRenewedAt;
    }

    public Instant lastPulledAt() {
        return lastPulledAt;
    }
}
