package org.visitprep.web.layout;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Switches the portal's language for the rest of the session and returns to the page the person was on. */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = request.getParameter("language");
        if (language != null) {
            LanguageSelection.choose(request.getSession(), language);
        }
        response.sendRedirect(safeReturnPath(request));
    }

    /** Only a path inside this application is followed, so the switch cannot send anyone elsewhere. */
    static String safeReturnPath(HttpServletRequest request) {
        String home = request.getContextPath() + "/";
        String requested = request.getParameter("return");
        boolean inside = requested != null
                && requested.startsWith(home)
                && !requested.startsWith("//")
                && !requested.contains("\\")
                && requested.chars().noneMatch(Character::isISOControl);
        return inside ? requested : home;
    }
}
