package org.visitprep.ehr.sandbox.smart.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import org.visitprep.ehr.sandbox.Sandbox;
import org.visitprep.ehr.sandbox.web.JsonAnswer;

/** The public half of the id_token signing key, as a JWK Set. */
@WebServlet("/jwks")
public class JwksServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonAnswer.write(
                response,
                200,
                Sandbox.from(getServletContext()).signingKey().publicJwkSet().toJSONObject());
    }
}
