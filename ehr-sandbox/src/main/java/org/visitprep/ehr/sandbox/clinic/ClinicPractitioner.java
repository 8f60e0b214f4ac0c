package org.visitprep.ehr.sandbox.clinic;

/**
 * A practitioner of the sandbox clinic.
 *
 * @param id the stable FHIR id, which is also the sign-in name (e.g. {@code drbob})
 * @param prefix e.g. {@code Dr}
 * @param given the given name
 * @param family the family name
 * @param npi a made-up National Provider Identifier
 */
public record ClinicPractitioner(String id, String prefix, String given, String family, String npi) {

    public String displayName() {
        return prefix + " " + given + " " + family;
    }
}
