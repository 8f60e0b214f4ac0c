package org.visitprep.ehr.sandbox.launch.web;

import static org.visitprep.ehr.sandbox.web.HtmlPage.escape;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.hl7.fhir.r4.model.Patient;
import org.visitprep.ehr.sandbox.Sandbox;
import org.visitprep.ehr.sandbox.clinic.ClinicPractitioner;
import org.visitprep.ehr.sandbox.clinic.SandboxClinic;
import org.visitprep.ehr.sandbox.launch.LaunchContext;
import org.visitprep.ehr.sandbox.web.HtmlPage;

/**
 * POST starts a launch (and, if asked, a new encounter) and redirects to GET, which shows the patient banner and
 * the portal's launch URL in a frame.
 */
@WebServlet("/launch")
public class LaunchServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Sandbox sandbox = Sandbox.from(getServletContext());
        Optional<ClinicPractitioner> practitioner = SandboxClinic.practitioner(request.getParameter("practitioner"));
        String patientId = request.getParameter("patient");
        if (practitioner.isEmpty()
                || patientId == null
                || sandbox.records().patient(patientId).isEmpty()) {
            HtmlPage.write(
                    response,
                    400,
                    "Choose a patient",
                    "<h1>Choose a practitioner and a patient</h1>"
                            + "<p class=\"error\" role=\"alert\">Pick both from the lists.</p><p><a href=\"./\">Back to the "
                            + "patient list</a></p>");
            return;
        }
        String practitionerId = practitioner.get().id();
        Optional<String> encounter = "yes".equals(request.getParameter("new_encounter"))
                ? Optional.of(sandbox.encounters().open(patientId, practitionerId, SandboxClinic.ORGANIZATION_ID))
                : Optional.empty();
        String launchId = sandbox.launches().start(new LaunchContext(practitionerId, patientId, encounter));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", "launch?id=" + URLEncoder.encode(launchId, StandardCharsets.UTF_8));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Sandbox sandbox = Sandbox.from(getServletContext());
        String launchId = request.getParameter("id");
        Optional<LaunchContext> launch = sandbox.launches().find(launchId);
        if (launch.isEmpty()) {
            HtmlPage.write(
                    response,
                    404,
                    "Launch expired",
                    "<h1>This launch has expired</h1>"
                            + "<p><a href=\"./\">Back to the patient list</a> to open VisitPrep again.</p>");
            return;
        }
        Patient patient = sandbox.records().patient(launch.get().patientId()).orElseThrow();
        String name = patient.getNameFirstRep().getNameAsSingleString();
        String launchUrl = sandbox.settings().portalUrl() + "/smart/launch?iss="
                + URLEncoder.encode(sandbox.settings().fhirBaseUrl(), StandardCharsets.UTF_8)
                + "&launch=" + URLEncoder.encode(launchId, StandardCharsets.UTF_8);
        String practitioner = SandboxClinic.practitioner(launch.get().practitionerId())
                .map(ClinicPractitioner::displayName)
                .orElse("");
        String main = """
                <h1>VisitPrep for %s</h1>
                <section aria-labelledby="banner"><h2 id="banner">Patient</h2><dl>
                <dt>Name</dt><dd>%s</dd><dt>Born</dt><dd>%s</dd><dt>Gender</dt><dd>%s</dd>
                <dt>Practitioner</dt><dd>%s</dd></dl></section>
                <p><a href="./">Back to the patient list</a> | <a href="%s" target="_blank" rel="noopener">Open
                VisitPrep in a new tab</a></p>
                <iframe title="VisitPrep for %s" src="%s"></iframe>
                """.formatted(
                        escape(name),
                        escape(name),
                        escape(patient.getBirthDateElement().getValueAsString()),
                        escape(patient.hasGender() ? patient.getGender().getDisplay() : ""),
                        escape(practitioner),
                        escape(launchUrl),
                        escape(name),
                        escape(launchUrl));
        HtmlPage.write(response, 200, "VisitPrep for " + name, main);
    }
}
