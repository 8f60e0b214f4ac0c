package org.visitprep.web.patient.visit;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.sharing.Grantee;
import org.visitprep.visit.CareContact;

/**
 * The value of the "share with" choice: a clinician of the portal ({@code CLINICIAN:<account id>}) or a practice
 * ({@code PRACTICE:<id>}) or a registered EHR's organization ({@code EHR_ORGANIZATION:<id>}, whose clinicians open it
 * from inside that EHR). The core checks that the grantee exists; a key that names no one shares with no one.
 */
final class GranteeChoice {

    private GranteeChoice() {}

    static String keyOf(Grantee grantee) {
        return grantee.kind() + ":" + grantee.id();
    }

    static Optional<Grantee> granteeOf(String key) {
        if (key == null) {
            return Optional.empty();
        }
        int colon = key.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String id = key.substring(colon + 1);
        return switch (key.substring(0, colon)) {
            case "CLINICIAN" -> clinician(id);
            case "PRACTICE" -> id.isBlank() ? Optional.empty() : Optional.of(Grantee.practice(id));
            case "EHR_ORGANIZATION" -> id.isBlank() ? Optional.empty() : Optional.of(Grantee.ehrOrganization(id));
            default -> Optional.empty();
        };
    }

    /** The choices: the portal's clinicians, then its practices. */
    static List<SelectItem> choices(
            List<CareContact> clinicians, List<CareContact> practices, String cliniciansLabel, String practicesLabel) {
        return choices(clinicians, practices, List.of(), cliniciansLabel, practicesLabel, "");
    }

    /** The choices: the portal's clinicians, then its practices, then the care teams of the registered EHRs. */
    static List<SelectItem> choices(
            List<CareContact> clinicians,
            List<CareContact> practices,
            List<CareContact> ehrOrganizations,
            String cliniciansLabel,
            String practicesLabel,
            String ehrOrganizationsLabel) {
        List<SelectItem> choices = new ArrayList<>();
        choices.add(group(cliniciansLabel, clinicians));
        if (!practices.isEmpty()) {
            choices.add(group(practicesLabel, practices));
        }
        if (!ehrOrganizations.isEmpty()) {
            choices.add(group(ehrOrganizationsLabel, ehrOrganizations));
        }
        return choices;
    }

    private static SelectItemGroup group(String label, List<CareContact> contacts) {
        SelectItemGroup group = new SelectItemGroup(label);
        group.setSelectItems(contacts.stream()
                .flatMap(contact ->
                        Grantee.of(contact).stream().map(grantee -> new SelectItem(keyOf(grantee), contact.name())))
                .toArray(SelectItem[]::new));
        return group;
    }

    private static Optional<Grantee> clinician(String id) {
        try {
            return Optional.of(Grantee.clinician(UUID.fromString(id)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
