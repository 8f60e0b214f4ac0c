package org.visitprep.demo;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;
import org.visitprep.identity.AccountService;
import org.visitprep.identity.Role;
import org.visitprep.identity.SignIn;
import org.visitprep.identity.UserAccount;
import org.visitprep.identity.UserAccounts;
import org.visitprep.sharing.CareOrganization;
import org.visitprep.sharing.CareTeams;

/**
 * The demo clinicians of the development realm, with the subject ids the realm gives them, and the practice Bob
 * works at. They get their portal accounts before they first sign in, so that a demo patient can prepare a visit with
 * them and share a summary with them straight away. Accounts that exist are left as they are.
 */
@Stateless
public class DemoCareTeam {

    static final String PRACTICE_ID = "demo-riverside";
    static final String PRACTICE_NAME = "Riverside Family Practice";

    /** A clinician of the realm: its subject id and display name. */
    enum DemoClinician {
        BOB("b0b00000-0000-4000-8000-000000000002", "Bob Baker", true),
        CAROL("ca201000-0000-4000-8000-000000000003", "Carol Chen", false);

        final String subject;
        final String displayName;
        final boolean atThePractice;

        DemoClinician(String subject, String displayName, boolean atThePractice) {
            this.subject = subject;
            this.displayName = displayName;
            this.atThePractice = atThePractice;
        }
    }

    @EJB
    private AccountService accountService;

    @Inject
    private UserAccounts accounts;

    @Inject
    private CareTeams teams;

    public void register() {
        if (teams.organization(PRACTICE_ID).isEmpty()) {
            teams.add(CareOrganization.practice(PRACTICE_ID, PRACTICE_NAME));
        }
        for (DemoClinician clinician : DemoClinician.values()) {
            UUID account = accounts.bySubject(clinician.subject)
                    .map(UserAccount::id)
                    .orElseGet(() -> accountService.recordSignIn(
                            new SignIn(clinician.subject, clinician.displayName, Role.CLINICIAN)));
            if (clinician.atThePractice) {
                teams.addMember(PRACTICE_ID, account);
            }
        }
    }
}
