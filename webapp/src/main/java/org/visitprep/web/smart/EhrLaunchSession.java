package org.visitprep.web.smart;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.visitprep.ehr.ClinicianInContext;
import org.visitprep.ehr.smart.LaunchOutcome;
import org.visitprep.ehr.smart.PendingLaunches;
import org.visitprep.ehr.smart.SmartLaunches;

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

    /** The only parameters of an authorization response the core reads. */
    static final List<String> CALLBACK_PARAMETERS = List.of("state", "code", "error");

    /**
     * Completes the launch this callback answers, with the session's pending launches (a state is good for one
     * callback, so the session keeps what is left).
     */
    public static LaunchOutcome complete(SmartLaunches smartLaunches, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        PendingLaunches pending = pendingOf(session);
        LaunchOutcome outcome = smartLaunches.completeLaunch(callbackParameters(request), pending);
        if (session != null) {
            keep(session, pending);
        }
        return outcome;
    }

    static Map<String, String> callbackParameters(HttpServletRequest request) {
        Map<String, String> parameters = new HashMap<>();
        for (String name : CALLBACK_PARAMETERS) {
            String value = request.getParameter(name);
            if (value != null) {
                parameters.put(name, value);
            }
        }
        return parameters;
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
