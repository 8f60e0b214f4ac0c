package org.visitprep.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.visitprep.identity.Role;

/**
 * The account the current request acts for, taken from the signed-in session and never from a request parameter:
 * every backing bean asks here for the patient or clinician id it passes to the core's services.
 */
@RequestScoped
public class SignedInPerson {

    @Inject
    private HttpServletRequest request;

    /** The signed-in patient's account id; fails if the session holds no patient. */
    public UUID patientId() {
        return accountIdFor(Role.PATIENT);
    }

    /** The signed-in clinician's account id; fails if the session holds no clinician. */
    public UUID clinicianId() {
        return accountIdFor(Role.CLINICIAN);
    }

    /** The signed-in administrator's account id; fails if the session holds no administrator. */
    public UUID adminId() {
        return accountIdFor(Role.ADMIN);
    }

    public String displayName() {
        return signedIn().displayName();
    }

    private UUID accountIdFor(Role role) {
        SignedInUser user = signedIn();
        if (!user.holds(role)) {
            throw new SecurityException("The signed-in account does not act as " + role.roleName());
        }
        return user.accountId();
    }

    private SignedInUser signedIn() {
        SignedInUser user = SignedInAccountFilter.currentUser(request);
        if (user == null) {
            throw new SecurityException("No one is signed in to this session");
        }
        return user;
    }
}
