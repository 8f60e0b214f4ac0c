package org.visitprep.web.it.browser;

/** The home page of one of the three roles. */
public final class HomePage extends PortalPage {

    /** Where each role lands after signing in. */
    public enum Of {
        PATIENT("/patient/home.xhtml"),
        CLINICIAN("/clinician/home.xhtml"),
        ADMIN("/admin/home.xhtml");

        private final String path;

        Of(String path) {
            this.path = path;
        }
    }

    public HomePage(Browser browser, Of role) {
        super(browser, role + " home page");
        assertPath(role.path);
    }
}
