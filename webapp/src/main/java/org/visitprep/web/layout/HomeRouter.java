package org.visitprep.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Sends someone who opens the portal's address to the home page of their role. */
@Named
@RequestScoped
public class HomeRouter {

    @Inject
    private CurrentUser currentUser;

    public String route() {
        return currentUser.getHomePath() + "?faces-redirect=true";
    }
}
