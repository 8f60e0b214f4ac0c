package org.visitprep.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The address the identity provider sends people back to. The sign-in mechanism has already taken in the answer
 * when this servlet runs; it sends the person on to the page they first asked for, or home.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String home = request.getContextPath() + "/";
        response.sendRedirect(WantedPage.takeFrom(request.getSession(false), request.getContextPath())
                .orElse(home));
    }
}
