package org.visitprep.web.security;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import org.visitprep.identity.Role;

/**
 * Who is signed in to this HTTP session, as the portal knows them. Kept in the session so each request does not ask
 * the database again; holds no health data.
 *
 * @param accountId the portal account's id
 * @param displayName the name shown in the header
 * @param role the role that names the account
 * @param roles every VisitPrep role the person holds, as the identity provider said at sign-in
 */
public record SignedInUser(UUID accountId, String displayName, Role role, Set<Role> roles) implements Serializable {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public boolean holds(Role candidate) {
        return roles.contains(candidate);
    }

    /** The session attribute the record is kept under. */
    public static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();
}
