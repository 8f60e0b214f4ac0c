package org.visitprep.administration;

/**
 * A clinician as the identity provider knows them: its id there (the subject of their sign-ins), user name, names,
 * e-mail, and whether they may sign in.
 */
public record ClinicianAccount(
        String id, String username, String firstName, String lastName, String email, boolean enabled) {

    public String displayName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }

    /** What the audit keeps of the account: its names and state, never a credential. */
    String audited() {
        return "username=" + username + ", name=" + displayName() + ", email=" + email + ", enabled=" + enabled;
    }
}
