package org.visitprep.web.patient.ehr;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.visitprep.ehr.ConnectOutcome;
import org.visitprep.ehr.EhrConnectionService;
import org.visitprep.ehr.EhrProblem;
import org.visitprep.ehr.smart.LaunchKind;
import org.visitprep.ehr.smart.LaunchOutcome;
import org.visitprep.ehr.smart.LaunchRefused;
import org.visitprep.ehr.smart.LaunchSucceeded;
import org.visitprep.ehr.smart.SmartLaunches;
import org.visitprep.web.layout.LanguageSelection;
import org.visitprep.web.security.SignedInPerson;
import org.visitprep.web.smart.CallbackAddress;
import org.visitprep.web.smart.EhrLaunchSession;

/**
 * Where the EHR sends the signed-in patient back after she allowed VisitPrep to read her record: the core completes
 * the launch (state, PKCE, id_token), connects her record with its tokens sealed, and the record is brought in. The
 * patient page then shows what arrived, or why nothing did (nothing is stored then).
 */
@WebServlet(CallbackAddress.PATIENT_LAUNCH)
public class PatientLaunchCallbackServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private SmartLaunches smartLaunches;

    @EJB
    private EhrConnectionService connections;

    @Inject
    private EhrRecordSync sync;

    @Inject
    private SignedInPerson person;

    @Inject
    private LanguageSelection language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LaunchOutcome outcome = EhrLaunchSession.complete(smartLaunches, request);
        Locale locale = language.getLocale();
        RecordArrival arrival = switch (outcome) {
            case LaunchRefused refused -> RecordArrival.failure(refused.message(locale));
            case LaunchSucceeded launch
            when launch.kind() != LaunchKind.STANDALONE ->
                RecordArrival.failure(EhrProblem.STATE_MISMATCH.message(locale, List.of()));
            case LaunchSucceeded launch -> connectAndBringIn(launch, locale);
        };
        request.getSession().setAttribute(RecordArrival.SESSION_ATTRIBUTE, arrival);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + EhrRecords.PAGE);
    }

    private RecordArrival connectAndBringIn(LaunchSucceeded launch, Locale locale) {
        String ehrName = launch.ehr().name();
        return switch (connections.connect(person.patientId(), launch)) {
            case ConnectOutcome.ConnectRefused refused -> RecordArrival.failure(refused.message(locale));
            case ConnectOutcome.Connected connected -> {
                RecordArrival arrived =
                        sync.bringIn(person.patientId(), launch.ehr().iss(), ehrName, locale);
                List<String> messages = new ArrayList<>();
                if (!arrived.disconnected()) {
                    messages.add(EhrRecordSync.words(locale, "ehr.connected.done", ehrName));
                }
                messages.addAll(arrived.messages());
                yield new RecordArrival(arrived.failed(), messages, arrived.countsByKind(), arrived.disconnected());
            }
        };
    }
}
