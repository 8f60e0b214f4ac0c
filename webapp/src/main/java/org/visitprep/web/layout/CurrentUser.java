package org.visitprep.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.visitprep.identity.Role;
import org.visitprep.web.security.SignedInAccountFilter;
import org.visitprep.web.security.SignedInUser;

/** The person signed in to this request, for the header and the navigation. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private HttpServletRequest request;

    private Optional<SignedInUser> user() {
        return Optional.ofNullable(SignedInAccountFilter.currentUser(request));
    }

    public boolean isSignedIn() {
        return user().isPresent();
    }

    public String getDisplayName() {
        return user().map(SignedInUser::displayName).orElse("");
    }

    // The roles come from the session rather than isUserInRole(): error pages render in an ERROR dispatch, where
    // Payara's authorization service has no policy context and isUserInRole() fails.
    public boolean isPatient() {
        return holds(Role.PATIENT);
    }

    public boolean isClinician() {
        return holds(Role.CLINICIAN);
    }

    public boolean isAdmin() {
        return holds(Role.ADMIN);
    }

    private boolean holds(Role role) {
        return user().map(signedIn -> signedIn.holds(role)).orElse(false);
    }

    /** The home page of the role that names the account, relative to the application. */
    public String getHomePath() {
        return user().map(SignedInUser::role).map(CurrentUser::homeOf).orElse("/index.xhtml");
    }

    static String homeOf(Role role) {
        return switch (role) {
            case PATIENT -> "/patient/home.xhtml";
            case CLINICIAN -> "/clinician/home.xhtml";
            case ADMIN -> "/admin/home.xhtml";
        };
    }
}
