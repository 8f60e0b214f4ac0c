package org.visitprep.ehr.sandbox.smart.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.Optional;
import org.visitprep.ehr.sandbox.Sandbox;
import org.visitprep.ehr.sandbox.clinic.SandboxClinic;
import org.visitprep.ehr.sandbox.smart.AuthorizationRequest;
import org.visitprep.ehr.sandbox.smart.AuthorizationServer;
import org.visitprep.ehr.sandbox.smart.OAuthError;
import org.visitprep.ehr.sandbox.smart.SandboxUser;
import org.visitprep.ehr.sandbox.web.HtmlPage;

/** Receives the consent page: sends the browser back to the client with a code, or with {@code access_denied}. */
@WebServlet("/auth/decision")
public class AuthorizationDecisionServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Sandbox sandbox = Sandbox.from(getServletContext());
        AuthorizationServer server = sandbox.authorizationServer();
        String requestId = request.getParameter("request_id");
        Optional<AuthorizationRequest> pending = server.pending(requestId);
        if (pending.isEmpty()) {
            HtmlPage.write(
                    response,
                    400,
                    "Request expired",
                    "<h1>This sign-in has expired</h1>" + "<p class=\"error\">Go back to the app and start again.</p>");
            return;
        }
        if (!"allow".equals(request.getParameter("decision"))) {
            response.sendRedirect(server.deny(requestId).orElseThrow());
            return;
        }
        Optional<String> patient = Optional.ofNullable(request.getParameter("patient"))
                .filter(id -> sandbox.records().patient(id).isPresent());
        Optional<SandboxUser> user = signedInUser(pending.get(), request, patient);
        if (user.isEmpty()) {
            ConsentPage.write(response, sandbox, requestId, pending.get(), "Choose someone from the lists.");
            return;
        }
        try {
            response.sendRedirect(server.approve(requestId, user.get(), patient));
        } catch (OAuthError error) {
            ConsentPage.write(response, sandbox, requestId, pending.get(), error.description());
        }
    }

    private static Optional<SandboxUser> signedInUser(
            AuthorizationRequest pending, HttpServletRequest request, Optional<String> patient) {
        if (pending.isEhrLaunch()) {
            return Optional.of(
                    SandboxUser.practitioner(pending.launch().orElseThrow().practitionerId()));
        }
        if (pending.signsInPractitioner()) {
            return SandboxClinic.practitioner(request.getParameter("practitioner"))
                    .map(practitioner -> SandboxUser.practitioner(practitioner.id()));
        }
        return patient.map(SandboxUser::patient);
    }
}
