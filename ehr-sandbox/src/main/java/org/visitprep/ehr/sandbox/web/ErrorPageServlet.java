package org.visitprep.ehr.sandbox.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;

/** The container's error page (see web.xml): a short message for a person, never a stack trace. */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 500;
        String message = switch (status) {
            case 404 -> "There is no page at this address.";
            case 405 -> "This address does not take this kind of request.";
            default ->
                status >= 500
                        ? "The EHR sandbox failed to answer. Try again; the server log says more."
                        : "The request could not be handled.";
        };
        HtmlPage.write(
                response,
                status,
                "Error " + status,
                "<h1>Error " + status + "</h1><p class=\"error\">" + HtmlPage.escape(message) + "</p><p><a href=\""
                        + request.getContextPath() + "/\">Back to the patient list</a></p>");
    }
}
