package org.visitprep.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A practice or an EHR organization that summaries can be shared with, known to the portal by an id of its own (for
 * an EHR organization, the id its EHR registration uses).
 */
@Entity
@Table(name = "care_organization")
@NamedQuery(
        name = CareOrganization.OF_CLINICIAN,
        query = "select o from CareOrganization o, CareTeamMembership m"
                + " where m.organizationId = o.id and m.clinicianId = :clinicianId order by o.name")
public class CareOrganization {

    static final String OF_CLINICIAN = "CareOrganization.ofClinician";

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Grantee.Kind kind;

    @Column(nullable = false)
    private String name;

    protected CareOrganization() {}

    public CareOrganization(String id, Grantee.Kind kind, String name) {
        if (kind == Grantee.Kind.CLINICIAN) {
            throw new IllegalArgumentException("An organization is a practice or an EHR organization");
        }
        this.id = Objects.requireNonNull(id);
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
    }

    public static CareOrganization practice(String id, String name) {
        return new CareOrganization(id, Grantee.Kind.PRACTICE, name);
    }

    public static CareOrganization ehrOrganization(String id, String name) {
        return new CareOrganization(id, Grantee.Kind.EHR_ORGANIZATION, name);
    }

    /** The organization as a grantee. */
    public Grantee asGrantee() {
        return new Grantee(kind, id);
    }

    public String id() {
        return id;
    }

    public Grantee.Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }
}
