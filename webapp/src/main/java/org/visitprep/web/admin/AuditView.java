package org.visitprep.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.visitprep.administration.AdministrativeChange;
import org.visitprep.administration.Clinicians;

/** The latest administrative changes, newest first. */
@Named
@RequestScoped
public class AuditView {

    private static final int SHOWN = 200;

    @EJB
    private Clinicians clinicians;

    private List<AdministrativeChange> changes;

    /** Times are shown in UTC, as every node and log writes them. */
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    public List<AdministrativeChange> getChanges() {
        if (changes == null) {
            changes = clinicians.latestChanges(SHOWN);
        }
        return changes;
    }
}
