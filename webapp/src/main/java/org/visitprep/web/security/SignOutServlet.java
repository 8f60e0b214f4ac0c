package org.visitprep.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signs the person out of the portal and of the identity provider. The container answers with a redirect to the
 * provider's end-session endpoint, which ends the provider's session and comes back to the signed-out page.
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/signed-out.xhtml");
            return;
        }
        signOut(request);
    }

    /**
     * Signs the request's person out of the portal and the provider: the response becomes the redirect to the
     * provider's end-session endpoint, and the session is gone.
     */
    static void signOut(HttpServletRequest request) throws ServletException {
        // logout() commits the response with the provider's redirect: only the session may be touched afterwards.
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
