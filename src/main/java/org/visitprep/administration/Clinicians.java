package org.visitprep.administration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import org.visitprep.administration.IdentityProviderProblem.Reason;
import org.visitprep.identity.Role;

/**
 * The organisation's clinicians, for administrators: listed, invited (Keycloak's own "set your password" e-mail),
 * disabled and enabled again at the identity provider; every change written to the audit.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Clinicians {

    private static final Logger LOG = Logger.getLogger(Clinicians.class.getName());
    /** How long the link of an invitation stays valid. */
    static final Duration INVITATION_LIFESPAN = Duration.ofDays(3);

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    @Inject
    private AccountSuspensions suspensions;

    @Inject
    private IdentityProviderAdmin identityProvider;

    private final Clock clock = Clock.systemUTC();

    /** Every clinician of the realm, by last then first name. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ClinicianAccount> list() {
        return identityProvider.client().clinicians().stream()
                .sorted(Comparator.comparing(
                                (ClinicianAccount c) -> c.lastName().toLowerCase())
                        .thenComparing(c -> c.firstName().toLowerCase()))
                .toList();
    }

    /**
     * Creates the clinician's account and has the identity provider e-mail them a link to set their password, which
     * ends on {@code portalAddress}. The invitation must have no {@link Invitation#problems() problems}.
     *
     * @throws IdentityProviderProblem when the name is taken, the provider is down or its mail does not go
     */
    public ClinicianAccount invite(Administrator actor, Invitation invitation, URI portalAddress) {
        if (!invitation.problems().isEmpty()) {
            throw new IllegalArgumentException("The invitation has problems: " + invitation.problems());
        }
        KeycloakAdmin keycloak = identityProvider.client();
        String id = keycloak.create(invitation);
        var invited = new ClinicianAccount(
                id, invitation.username(), invitation.firstName(), invitation.lastName(), invitation.email(), true);
        record(actor, "clinician.invite", invited.username(), null, invited.audited());
        try {
            keycloak.sendSetPasswordEmail(id, identityProvider.portalClientId(), portalAddress, INVITATION_LIFESPAN);
        } catch (IdentityProviderProblem notSent) {
            // the account exists: the administrator can send the e-mail again once the mail server works
            LOG.warning(() -> "The invitation e-mail of clinician " + id + " was not sent");
            throw notSent;
        }
        return invited;
    }

    /** Sends the "set your password" e-mail again. */
    public void sendInvitationAgain(Administrator actor, String id, URI portalAddress) {
        var clinician = existing(id);
        identityProvider
                .client()
                .sendSetPasswordEmail(id, identityProvider.portalClientId(), portalAddress, INVITATION_LIFESPAN);
        record(actor, "clinician.invitation-sent", clinician.username(), null, null);
    }

    /** The clinician can no longer sign in; their sessions end, at Keycloak and in the portal (next request). */
    public void disable(Administrator actor, String id) {
        var clinician = existing(id);
        identityProvider.client().setEnabled(id, false);
        suspensions.suspend(id);
        record(actor, "clinician.disable", clinician.username(), clinician.audited(), "enabled=false");
    }

    public void enable(Administrator actor, String id) {
        var clinician = existing(id);
        identityProvider.client().setEnabled(id, true);
        suspensions.lift(id);
        record(actor, "clinician.enable", clinician.username(), clinician.audited(), "enabled=true");
    }

    /** The latest administrative changes, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AdministrativeChange> latestChanges(int count) {
        return entityManager
                .createNamedQuery(AdministrativeChange.LATEST, AdministrativeChange.class)
                .setMaxResults(count)
                .getResultList();
    }

    private ClinicianAccount existing(String id) {
        return identityProvider
                .client()
                .clinician(id)
                .orElseThrow(() -> new IdentityProviderProblem(Reason.NOT_FOUND, "no such clinician"));
    }

    private void record(Administrator actor, String action, String target, String before, String after) {
        entityManager.persist(new AdministrativeChange(actor, action, target, before, after, clock.instant()));
        LOG.info(() -> "Administrative change " + action + " by account " + actor.accountId());
    }
}
