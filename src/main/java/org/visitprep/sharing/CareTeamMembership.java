package org.visitprep.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A clinician's membership of a practice or an EHR organization: they open what is shared with it. */
@Entity
@Table(name = "care_team_membership")
@IdClass(CareTeamMembership.Key.class)
public class CareTeamMembership {

    /** The membership's primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private UUID clinicianId;
        private String organizationId;

        public Key() {}

        public Key(UUID clinicianId, String organizationId) {
            this.clinicianId = clinicianId;
            this.organizationId = organizationId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that
                    && Objects.equals(clinicianId, that.clinicianId)
                    && Objects.equals(organizationId, that.organizationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clinicianId, organizationId);
        }
    }

    @Id
    @Column(name = "clinician_id", nullable = false, updatable = false)
    private UUID clinicianId;

    @Id
    @Column(name = "organization_id", nullable = false, updatable = false)
    private String organizationId;

    protected CareTeamMembership() {}

    CareTeamMembership(UUID clinicianId, String organizationId) {
        this.clinicianId = Objects.requireNonNull(clinicianId);
        this.organizationId = Objects.requireNonNull(organizationId);
    }

    public UUID clinicianId() {
        return clinicianId;
    }

    public String organizationId() {
        return organizationId;
    }
}
