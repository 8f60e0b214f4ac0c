package org.visitprep.ehr.smart;

/** How the portal was launched, and so what it asks the EHR for. */
public enum LaunchKind {

    /** A clinician opened the portal from inside the EHR, for the patient in the EHR's context. */
    EHR("launch openid fhirUser patient/*.rs"),

    /** A patient connects their EHR record from the portal; offline access lets the portal pull it again later. */
    STANDALONE("launch/patient openid fhirUser patient/*.rs offline_access");

    private final String scope;

    LaunchKind(String scope) {
        this.scope = scope;
    }

    /** The scopes asked for, space-separated. */
    public String scope() {
        return scope;
    }
}
