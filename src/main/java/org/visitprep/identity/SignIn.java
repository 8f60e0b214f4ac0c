package org.visitprep.identity;

import java.util.Objects;

/**
 * What the identity provider tells the portal about a person who has just signed in.
 *
 * @param subject the provider's stable id for the person
 * @param displayName the name to greet them with
 * @param role the role that names their account
 */
public record SignIn(String subject, String displayName, Role role) {

    private static final int MAX_NAME_LENGTH = 200;

    public SignIn {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A sign-in needs the identity provider's subject");
        }
        Objects.requireNonNull(role, "role");
        displayName = displayName == null || displayName.isBlank() ? subject : displayName.strip();
        if (displayName.length() > MAX_NAME_LENGTH) {
            displayName = displayName.substring(0, MAX_NAME_LENGTH);
        }
    }
}
