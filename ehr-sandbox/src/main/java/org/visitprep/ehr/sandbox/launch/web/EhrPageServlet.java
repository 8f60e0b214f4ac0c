package org.visitprep.ehr.sandbox.launch.web;

import static org.visitprep.ehr.sandbox.web.HtmlPage.escape;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import org.visitprep.ehr.sandbox.Sandbox;
import org.visitprep.ehr.sandbox.clinic.SandboxClinic;
import org.visitprep.ehr.sandbox.web.HtmlPage;
import org.visitprep.ehr.sandbox.web.Pickers;

/** The EHR's home page: the practitioner, the patient list and the button that launches VisitPrep. */
@WebServlet("")
public class EhrPageServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Sandbox sandbox = Sandbox.from(getServletContext());
        StringBuilder main = new StringBuilder();
        main.append("<h1>").append(escape(SandboxClinic.ORGANIZATION_NAME)).append("</h1>");
        if (sandbox.records().patientCount() == 0) {
            main.append("<p class=\"error\" role=\"alert\">No patients are loaded. Set EHR_PATIENTS_DIR to a folder "
                    + "of Synthea bundles and restart the sandbox.</p>");
        }
        main.append("<form method=\"post\" action=\"launch\">");
        Pickers.appendPractitionerChoice(main, "Practitioner");
        Pickers.appendPatientChoice(main, sandbox.records().patients(), "Patient");
        main.append("<p><label for=\"new-encounter\"><input type=\"checkbox\" id=\"new-encounter\" "
                + "name=\"new_encounter\" value=\"yes\" checked> Start a new encounter for this visit</label></p>");
        main.append("<button type=\"submit\">Open VisitPrep for this patient</button>");
        main.append("</form>");
        HtmlPage.write(response, 200, "Patients", main.toString());
    }
}
