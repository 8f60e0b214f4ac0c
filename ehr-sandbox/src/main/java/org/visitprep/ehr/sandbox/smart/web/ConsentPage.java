package org.visitprep.ehr.sandbox.smart.web;

import static org.visitprep.ehr.sandbox.web.HtmlPage.escape;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.visitprep.ehr.sandbox.Sandbox;
import org.visitprep.ehr.sandbox.clinic.ClinicPractitioner;
import org.visitprep.ehr.sandbox.clinic.SandboxClinic;
import org.visitprep.ehr.sandbox.launch.LaunchContext;
import org.visitprep.ehr.sandbox.smart.AuthorizationRequest;
import org.visitprep.ehr.sandbox.web.HtmlPage;
import org.visitprep.ehr.sandbox.web.Pickers;

/**
 * The sign-in and consent page: pick whom to sign in as (a practitioner or a patient, as the launch asks; an EHR
 * launch already knows), then allow or deny. The sandbox has no passwords.
 */
final class ConsentPage {

    private ConsentPage() {}

    static void write(
            HttpServletResponse response,
            Sandbox sandbox,
            String requestId,
            AuthorizationRequest request,
            String problem)
            throws IOException {
        StringBuilder main = new StringBuilder();
        main.append("<h1>Allow ").append(escape(request.client().clientId())).append(" to use your EHR data?</h1>");
        if (problem != null) {
            main.append("<p class=\"error\" role=\"alert\">")
                    .append(escape(problem))
                    .append("</p>");
        }
        main.append("<p class=\"notice\">This test EHR has no passwords: choose who you are.</p>");
        main.append("<form method=\"post\" action=\"decision\">");
        main.append("<input type=\"hidden\" name=\"request_id\" value=\"")
                .append(escape(requestId))
                .append("\">");
        if (request.launch().isPresent()) {
            appendLaunchContext(main, sandbox, request.launch().get());
        } else if (request.signsInPractitioner()) {
            Pickers.appendPractitionerChoice(main, "Sign in as practitioner");
            if (request.asksPractitionerForPatient()) {
                Pickers.appendPatientChoice(main, sandbox.records().patients(), "Patient to open");
            }
        } else {
            Pickers.appendPatientChoice(main, sandbox.records().patients(), "Sign in as patient");
        }
        main.append("<section aria-labelledby=\"access\"><h2 id=\"access\">Access asked for</h2><ul>");
        main.append("<li>").append(escape(request.requestedScopes().toString())).append("</li></ul></section>");
        main.append("<button type=\"submit\" name=\"decision\" value=\"allow\">Allow</button>");
        main.append("<button type=\"submit\" name=\"decision\" value=\"deny\" class=\"secondary\">Deny</button>");
        main.append("</form>");
        HtmlPage.write(response, problem == null ? 200 : 400, "Sign in and allow access", main.toString());
    }

    private static void appendLaunchContext(StringBuilder main, Sandbox sandbox, LaunchContext launch) {
        String practitioner = SandboxClinic.practitioner(launch.practitionerId())
                .map(ClinicPractitioner::displayName)
                .orElse(launch.practitionerId());
        String patient = sandbox.records()
                .patient(launch.patientId())
                .map(Pickers::describe)
                .orElse("");
        main.append("<section aria-labelledby=\"context\"><h2 id=\"context\">Launched from the EHR</h2><dl>");
        main.append("<dt>Signed in as</dt><dd>").append(escape(practitioner)).append("</dd>");
        main.append("<dt>Patient</dt><dd>").append(escape(patient)).append("</dd>");
        launch.encounterId()
                .ifPresent(encounter -> main.append("<dt>Encounter</dt><dd>")
                        .append(escape(encounter))
                        .append("</dd>"));
        main.append("</dl></section>");
    }
}
