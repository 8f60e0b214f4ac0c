package org.visitprep.web.patient.visit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;
import org.visitprep.visit.VisitOverview;
import org.visitprep.visit.VisitStatus;
import org.visitprep.visit.Visits;
import org.visitprep.web.security.SignedInPerson;

/** The patient's visits: those to come, soonest first, and those past, latest first. */
@Named
@RequestScoped
public class VisitList {

    @EJB
    private Visits visits;

    @Inject
    private SignedInPerson person;

    private List<VisitOverview> upcoming;
    private List<VisitOverview> past;

    public List<VisitOverview> getUpcoming() {
        if (upcoming == null) {
            upcoming = visits.upcoming(person.patientId(), ZoneId.systemDefault());
        }
        return upcoming;
    }

    public List<VisitOverview> getPast() {
        if (past == null) {
            past = visits.past(person.patientId(), ZoneId.systemDefault());
        }
        return past;
    }

    /** Whether the visit has a summary to read: drafted, approved or shared. */
    public boolean hasSummary(VisitOverview visit) {
        return visit.status() != VisitStatus.DRAFT;
    }
}
