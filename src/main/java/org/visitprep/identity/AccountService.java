package org.visitprep.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Keeps the portal's accounts in step with the people who sign in through the identity provider. */
@Stateless
public class AccountService {

    @Inject
    private UserAccounts accounts;

    private final Clock clock = Clock.systemUTC();

    /**
     * Records a sign-in: creates the account the first time, refreshes its role and name afterwards.
     *
     * @return the account's id in the portal
     */
    public UUID recordSignIn(SignIn signIn) {
        var now = clock.instant();
        return accounts.bySubject(signIn.subject())
                .map(existing -> {
                    existing.signedInAgain(signIn.role(), signIn.displayName(), now);
                    return existing.id();
                })
                .orElseGet(
                        () -> accounts.add(new UserAccount(signIn.subject(), signIn.role(), signIn.displayName(), now))
                                .id());
    }

    public Optional<UserAccount> find(UUID id) {
        return accounts.byId(id);
    }
}
