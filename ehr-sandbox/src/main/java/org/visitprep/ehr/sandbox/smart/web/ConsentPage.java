package org.visitprep.ehr.sandbox.smart.web;

import static org.visitprep.ehr.sandbox.web.HtmlPage.escape;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hl7.fhir.r4.model.Patient;
import org.visitprep.ehr.sandbox.Sandbox;
import org.visitprep.ehr.sandbox.clinic.ClinicPractitioner;
import org.visitprep.ehr.sandbox.clinic.SandboxClinic;
import org.visitprep.ehr.sandbox.launch.LaunchContext;
import org.visitprep.ehr.sandbox.smart.AuthorizationRequest;
import org.visitprep.ehr.sandbox.web.HtmlPage;

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
            appendPractitionerChoice(main);
            if (request.asksPractitionerForPatient()) {
                appendPatientChoice(main, sandbox, "Patient to open");
            }
        } else {
            appendPatientChoice(main, sandbox, "Sign in as patient");
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
                .map(ConsentPage::describe)
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

    private static void appendPractitionerChoice(StringBuilder main) {
        main.append("<fieldset><legend>Sign in as practitioner</legend>");
        boolean first = true;
        for (ClinicPractitioner practitioner : SandboxClinic.PRACTITIONERS) {
            String id = "practitioner-" + practitioner.id();
            main.append("<label for=\"")
                    .append(id)
                    .append("\"><input type=\"radio\" name=\"practitioner\" id=\"")
                    .append(id)
                    .append("\" value=\"")
                    .append(escape(practitioner.id()))
                    .append('"')
                    .append(first ? " checked" : "")
                    .append("> ")
                    .append(escape(practitioner.displayName()))
                    .append("</label>");
            first = false;
        }
        main.append("</fieldset>");
    }

    private static void appendPatientChoice(StringBuilder main, Sandbox sandbox, String label) {
        main.append("<p><label for=\"patient\">").append(escape(label)).append("</label>");
        main.append("<select id=\"patient\" name=\"patient\" required>");
        for (Patient patient : sandbox.records().patients()) {
            main.append("<option value=\"")
                    .append(escape(patient.getIdPart()))
                    .append("\">")
                    .append(escape(describe(patient)))
                    .append("</option>");
        }
        main.append("</select></p>");
    }

    /** A patient as pickers show them: name and birth date. */
    static String describe(Patient patient) {
        String name = patient.getNameFirstRep().getNameAsSingleString();
        return patient.hasBirthDate()
                ? name + ", born " + patient.getBirthDateElement().getValueAsString()
                : name;
    }
}
