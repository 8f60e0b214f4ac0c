package org.visitprep.web.smart;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The page that tells a person why a launch did not happen, in their language; nothing was stored. */
final class LaunchProblemPage {

    /** The request attribute the page reads its message from. */
    static final String MESSAGE = "visitprepSmartProblem";

    private static final String VIEW = "/WEB-INF/smart/problem.xhtml";

    private LaunchProblemPage() {}

    static void show(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws ServletException, IOException {
        request.setAttribute(MESSAGE, message);
        response.setStatus(status);
        request.getRequestDispatcher(VIEW).forward(request, response);
    }
}
