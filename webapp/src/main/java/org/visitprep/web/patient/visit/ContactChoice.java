package org.visitprep.web.patient.visit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.visit.CareContact;

/**
 * The value of the "with whom" choice: a clinician of the portal ({@code clinician:<account id>}), a practice of the
 * portal ({@code practice:<id>}), or someone else the patient names ({@value #OTHER}). Ids only: the names come from
 * the portal's lists, never from the request.
 */
final class ContactChoice {

    static final String OTHER = "other";
    private static final String CLINICIAN = "clinician:";
    private static final String PRACTICE = "practice:";

    private ContactChoice() {}

    static String keyOf(CareContact contact) {
        return switch (contact.kind()) {
            case CLINICIAN -> contact.clinicianId().map(id -> CLINICIAN + id).orElse(OTHER);
            case PRACTICE -> contact.id() == null ? OTHER : PRACTICE + contact.id();
            case EHR_ORGANIZATION -> OTHER;
        };
    }

    /**
     * The contact the key names; empty when nothing was chosen or the key names no one the portal lists.
     *
     * @param otherName the name typed for someone else
     * @param practices the practices of the portal
     */
    static Optional<CareContact> contactOf(String key, String otherName, List<CareContact> practices) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        if (key.equals(OTHER)) {
            return Optional.of(CareContact.practice(null, otherName));
        }
        if (key.startsWith(CLINICIAN)) {
            try {
                return Optional.of(CareContact.clinician(UUID.fromString(key.substring(CLINICIAN.length()))));
            } catch (IllegalArgumentException notAnId) {
                return Optional.empty();
            }
        }
        if (key.startsWith(PRACTICE)) {
            String id = key.substring(PRACTICE.length());
            return practices.stream()
                    .filter(practice -> id.equals(practice.id()))
                    .findFirst();
        }
        return Optional.empty();
    }
}
