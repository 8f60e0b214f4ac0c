package org.visitprep.identity;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

/** Portal accounts for tests of other packages, as a first sign-in creates them. */
public final class TestAccounts {

    private TestAccounts() {}

    /** Adds an account with the given role and display name; answers its id. */
    public static UUID add(EntityManager entityManager, Role role, String displayName) {
        UserAccount account = new UserAccount("test-" + UUID.randomUUID(), role, displayName, Instant.EPOCH);
        new JpaUserAccounts(entityManager).add(account);
        return account.id();
    }
}
