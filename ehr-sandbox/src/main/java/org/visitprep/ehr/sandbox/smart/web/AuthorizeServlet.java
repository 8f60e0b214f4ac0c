package org.visitprep.ehr.sandbox.smart.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.HashMap;
import java.util.Map;
import org.visitprep.ehr.sandbox.Sandbox;
import org.visitprep.ehr.sandbox.smart.AuthorizationStart;
import org.visitprep.ehr.sandbox.web.HtmlPage;

/**
 * The authorize endpoint: checks the request, then shows the sign-in and consent page, or sends the error back to
 * the client, or (for an unknown client or redirect URI) tells the person at the browser.
 */
@WebServlet("/auth/authorize")
public class AuthorizeServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Sandbox sandbox = Sandbox.from(getServletContext());
        Map<String, String> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, values[0]));
        switch (sandbox.authorizationServer().start(parameters)) {
            case AuthorizationStart.Pending pending ->
                ConsentPage.write(response, sandbox, pending.requestId(), pending.request(), null);
            case AuthorizationStart.ErrorRedirect redirect -> response.sendRedirect(redirect.location());
            case AuthorizationStart.Refused refused ->
                HtmlPage.write(
                        response,
                        400,
                        "Authorization refused",
                        "<h1>Authorization refused</h1><p class=\"error\">" + HtmlPage.escape(refused.reason())
                                + "</p><p>Check the app's registration with this EHR.</p>");
        }
    }
}
