package org.visitprep.costs;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.visitprep.persistence.InstantConverter;

/** The plan designs a patient compares, sealed as one JSON list ({@link PlanList}) under their data key. */
@Entity
@Table(name = "insurance_plans")
public class SavedPlans {

    static final String PURPOSE = "insurance-plans";

    @Id
    @Column(name = "patient_id")
    private UUID patientId;

    @Column(nullable = false)
    private byte[] plans;

    @Column(name = "updated_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant updatedAt;

    @Version
    private long version;

    protected SavedPlans() {}

    SavedPlans(UUID patientId, byte[] plans, Instant updatedAt) {
        this.patientId = patientId;
        this.plans = plans;
        this.updatedAt = updatedAt;
    }

    void replace(byte[] sealed, Instant now) {
        this.plans = sealed;
        this.updatedAt = now;
    }

    byte[] sealedPlans() {
        return plans;
    }

    /** The JSON form sealed: the designs in the patient's order. */
    record PlanList(java.util.List<PlanDesign> plans) {}
}
