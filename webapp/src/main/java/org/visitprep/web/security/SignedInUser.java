package org.visitprep.web.security;

import java.io.Serializable;
import java.time.Instant;
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
 * @param roles every VisitPrep role the person holds, as the identity provider last said
 * @param signedInAt when the person signed in: the session ends a fixed time after ({@link SessionLifetime})
 * @param rolesReadAt when the identity provider last said which roles the person holds
 */
public record SignedInUser(
        UUID accountId, String displayName, Role role, Set<Role> roles, Instant signedInAt, Instant rolesReadAt)
        implements Serializable {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public boolean holds(Role candidate) {
        return roles.contains(candidate);
    }

    /** The same person, whose roles the identity provider confirmed at that moment. */
    public SignedInUser rolesConfirmedAt(Instant moment) {
        return new SignedInUser(accountId, displayName, role, roles, signedInAt, moment);
    }

    /** The session attribute the record is kept under. */
    public static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();
}
