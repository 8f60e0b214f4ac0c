package org.visitprep.web.clinician;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;
import org.visitprep.sharing.Sharing;
import org.visitprep.sharing.WorklistEntry;
import org.visitprep.web.security.SignedInPerson;

/** The summaries shared with the signed-in clinician or their practices: today's appointments first. */
@Named
@RequestScoped
public class Worklist {

    @EJB
    private Sharing sharing;

    @Inject
    private SignedInPerson person;

    private List<WorklistEntry> entries;

    public List<WorklistEntry> getEntries() {
        if (entries == null) {
            entries = sharing.worklist(person.clinicianId(), ZoneId.systemDefault());
        }
        return entries;
    }
}
