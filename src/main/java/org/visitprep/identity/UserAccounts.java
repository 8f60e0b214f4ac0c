package org.visitprep.identity;

import java.util.Optional;
import java.util.UUID;

/** The accounts the portal knows. */
public interface UserAccounts {

    Optional<UserAccount> byId(UUID id);

    Optional<UserAccount> bySubject(String subject);

    UserAccount add(UserAccount account);
}
