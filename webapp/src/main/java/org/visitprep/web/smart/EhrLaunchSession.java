package org.visitprep.web.smart;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.visitprep.ehr.ClinicianInContext;
import org.visitprep.ehr.smart.PendingLaunches;

/**
 * What the HTTP session holds for SMART launches: the launches started and not finished, and, after an EHR launch,
 * the clinician in the EHR's context. The session cookie ({@code VISITPREP_SESSION}) carries only the session id.
 */
public final class EhrLaunchSession {

    static final String PENDING = EhrLaunchSession.class.getName() + ".pending";
    static final String CLINICIAN = EhrLaunchSession.class.getName() + ".clinician";

    private EhrLaunchSession() {}

    /** The session's pending launches, or new ones; nothing is put in the session until {@link #keep} is called. */
    public static PendingLaunches pendingOf(HttpSession session) {
        Object pending = session == null ? null : session.getAttribute(PENDING);
        return pending instanceof PendingLaunches launches ? launches : new PendingLaunches();
    }

    /** Sets the attribute again after every change, so that a replicated session follows. */
    public static void keep(HttpSession session, PendingLaunches pending) {
        session.setAttribute(PENDING, pending);
    }

    /** The clinician an EHR launch signed in, in this request's session. */
    public static Optional<ClinicianInContext> clinicianOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object clinician = session == null ? null : session.getAttribute(CLINICIAN);
        return clinician instanceof ClinicianInContext inContext ? Optional.of(inContext) : Optional.empty();
    }

    /** Starts the launch's session under a new session id, so that an id known before the launch is worth nothing. */
    static void signIn(HttpServletRequest request, ClinicianInContext clinician) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(CLINICIAN, clinician);
    }
}
