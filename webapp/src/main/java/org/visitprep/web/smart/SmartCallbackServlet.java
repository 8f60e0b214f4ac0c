package org.visitprep.web.smart;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.List;
import org.visitprep.ehr.ClinicianInContext;
import org.visitprep.ehr.EhrLaunchOutcome;
import org.visitprep.ehr.EhrLaunchSignIn;
import org.visitprep.ehr.EhrProblem;
import org.visitprep.ehr.smart.LaunchKind;
import org.visitprep.ehr.smart.LaunchRefused;
import org.visitprep.ehr.smart.LaunchSucceeded;
import org.visitprep.ehr.smart.SmartLaunches;
import org.visitprep.web.layout.LanguageSelection;

/**
 * Where the EHR sends the browser back after an EHR launch: the core checks the state against this session's pending
 * launches, exchanges the code (with the PKCE verifier) and verifies the id_token; the EHR's user is mapped to a
 * portal clinician, and the review screen opens. Anything else (a state this session did not start, denied consent,
 * an expired launch, a token for another audience, an EHR user the portal does not know) gets a page saying so, and
 * nothing is stored.
 */
@WebServlet(CallbackAddress.EHR_LAUNCH)
public class SmartCallbackServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private SmartLaunches smartLaunches;

    @EJB
    private EhrLaunchSignIn signIn;

    @Inject
    private LanguageSelection language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        switch (EhrLaunchSession.complete(smartLaunches, request)) {
            case LaunchRefused refused -> refuse(request, response, refused.message(language.getLocale()));
            case LaunchSucceeded succeeded
            when succeeded.kind() != LaunchKind.EHR ->
                refuse(request, response, EhrProblem.STATE_MISMATCH.message(language.getLocale(), List.of()));
            case LaunchSucceeded succeeded -> {
                switch (signIn.signIn(succeeded)) {
                    case ClinicianInContext clinician -> {
                        EhrLaunchSession.signIn(request, clinician);
                        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                        response.setHeader("Location", request.getContextPath() + SmartReview.PAGE);
                    }
                    case EhrLaunchOutcome.Refused refused ->
                        LaunchProblemPage.show(
                                request,
                                response,
                                HttpServletResponse.SC_FORBIDDEN,
                                refused.message(language.getLocale()));
                }
            }
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String message)
            throws ServletException, IOException {
        LaunchProblemPage.show(request, response, HttpServletResponse.SC_BAD_REQUEST, message);
    }
}
