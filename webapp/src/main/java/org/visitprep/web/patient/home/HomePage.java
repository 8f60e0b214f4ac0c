package org.visitprep.web.patient.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import org.visitprep.home.HomeOverview;
import org.visitprep.home.PatientHome;
import org.visitprep.visit.VisitOverview;
import org.visitprep.web.layout.LanguageSelection;
import org.visitprep.web.security.SignedInPerson;

/**
 * The signed-in patient's home page, gathered once per request. Times are shown in the zone of the server's clock
 * until the portal knows the patient's own.
 */
@Named
@RequestScoped
public class HomePage {

    @EJB
    private PatientHome home;

    @Inject
    private SignedInPerson person;

    @Inject
    private LanguageSelection language;

    private HomeOverview overview;

    public HomeOverview getOverview() {
        if (overview == null) {
            overview = home.overview(person.patientId(), getZone(), language.getLocale());
        }
        return overview;
    }

    /** The next visit, or null when none is planned (the page reads no {@code Optional}). */
    public VisitOverview getNextVisit() {
        return getOverview().nextVisit().orElse(null);
    }

    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }
}
