package org.visitprep.ehr.sandbox.smart;

/**
 * Who signed in at the authorization page: a clinic practitioner or a patient, named by FHIR reference.
 *
 * @param resourceType {@code Practitioner} or {@code Patient}
 * @param id the FHIR id
 */
public record SandboxUser(String resourceType, String id) {

    public SandboxUser {
        if (!resourceType.equals("Practitioner") && !resourceType.equals("Patient")) {
            throw new IllegalArgumentException("A sandbox user is a Practitioner or a Patient, not " + resourceType);
        }
    }

    public static SandboxUser practitioner(String id) {
        return new SandboxUser("Practitioner", id);
    }

    public static SandboxUser patient(String id) {
        return new SandboxUser("Patient", id);
    }

    public boolean isPractitioner() {
        return resourceType.equals("Practitioner");
    }

    /** The relative reference, e.g. {@code Practitioner/drbob}, as the token response's {@code fhirUser}. */
    public String reference() {
        return resourceType + "/" + id;
    }
}
