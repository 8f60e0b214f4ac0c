package org.visitprep.sharing;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.visit.CareContact;

/**
 * Whom a summary is shared with: a clinician (by portal account id), a practice, or an EHR organization (by the
 * portal's id for it, see {@link CareTeams}).
 */
public record Grantee(Kind kind, String id) {

    public enum Kind {
        CLINICIAN,
        PRACTICE,
        EHR_ORGANIZATION
    }

    public Grantee {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A grantee needs an id");
        }
    }

    public static Grantee clinician(UUID accountId) {
        return new Grantee(Kind.CLINICIAN, accountId.toString());
    }

    public static Grantee practice(String organizationId) {
        return new Grantee(Kind.PRACTICE, organizationId);
    }

    public static Grantee ehrOrganization(String organizationId) {
        return new Grantee(Kind.EHR_ORGANIZATION, organizationId);
    }

    /** Whom the appointment is with, as a grantee, when the portal knows them by id: the default to share with. */
    public static Optional<Grantee> of(CareContact contact) {
        return contact.id() == null
                ? Optional.empty()
                : Optional.of(new Grantee(Kind.valueOf(contact.kind().name()), contact.id()));
    }

    /** The clinician's account id, for a clinician grantee. */
    public Optional<UUID> clinicianId() {
        if (kind != Kind.CLINICIAN) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
