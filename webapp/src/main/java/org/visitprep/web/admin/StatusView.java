package org.visitprep.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.visitprep.administration.SystemStatus;

/** The status page: one report per request. */
@Named
@RequestScoped
public class StatusView {

    @EJB
    private SystemStatus status;

    private SystemStatus.Report report;

    public SystemStatus.Report getReport() {
        if (report == null) {
            report = status.report();
        }
        return report;
    }

    /** The master keys no longer current, as one line. */
    public String getPreviousKeys() {
        return String.join(", ", getReport().previousMasterKeyIds());
    }
}
