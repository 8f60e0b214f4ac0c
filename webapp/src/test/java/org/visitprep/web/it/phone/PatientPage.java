package org.visitprep.web.it.phone;

import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;
import org.visitprep.web.it.visit.VisitJourney;

/** Any of the patient's pages, opened by its address and checked as every portal page is on its screen. */
final class PatientPage extends PortalPage {

    private PatientPage(Browser browser, String name) {
        super(browser, name);
    }

    static PatientPage open(Browser browser, Address address) {
        browser.go(VisitJourney.portal(address.path()));
        PatientPage page = new PatientPage(browser, address.name());
        page.assertPath(address.path().replaceFirst("\\?.*", ""));
        return page;
    }

    /** A page of the patient's, by the name the screenshots take and its address in the portal. */
    record Address(String name, String path) {}
}
