package org.visitprep.visit;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Whom an appointment is with: a clinician of the portal (by account id), a practice, or an EHR organization (by
 * the portal's id for it, when it has one). The kinds match those a summary can be shared with.
 *
 * @param name the name the patient sees; for a clinician, their display name when the visit was saved
 */
public record CareContact(Kind kind, String id, String name) {

    public static final int LONGEST_NAME = 200;

    public enum Kind {
        CLINICIAN,
        PRACTICE,
        EHR_ORGANIZATION
    }

    public CareContact {
        Objects.requireNonNull(kind, "kind");
        id = id == null || id.isBlank() ? null : id.strip();
        name = name == null ? "" : name.strip();
    }

    public static CareContact clinician(UUID accountId) {
        return new CareContact(Kind.CLINICIAN, accountId.toString(), "");
    }

    /** A practice by name, with the portal's id for it if it has one. */
    public static CareContact practice(String id, String name) {
        return new CareContact(Kind.PRACTICE, id, name);
    }

    public static CareContact ehrOrganization(String id, String name) {
        return new CareContact(Kind.EHR_ORGANIZATION, id, name);
    }

    /** The clinician's account id, for a contact that is a clinician. */
    public Optional<UUID> clinicianId() {
        if (kind != Kind.CLINICIAN || id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    CareContact named(String displayName) {
        return new CareContact(kind, id, displayName);
    }
}
