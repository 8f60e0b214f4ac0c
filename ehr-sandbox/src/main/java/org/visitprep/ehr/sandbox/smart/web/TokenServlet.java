package org.visitprep.ehr.sandbox.smart.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.visitprep.ehr.sandbox.Sandbox;
import org.visitprep.ehr.sandbox.smart.ClientCredentials;
import org.visitprep.ehr.sandbox.smart.OAuthError;
import org.visitprep.ehr.sandbox.web.JsonAnswer;

/** The token endpoint: a form POST in, OAuth JSON out, errors included. */
@WebServlet("/auth/token")
public class TokenServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (request.getContentType() == null
                    || !request.getContentType().toLowerCase().startsWith("application/x-www-form-urlencoded")) {
                throw OAuthError.invalidRequest("Send the token request as application/x-www-form-urlencoded");
            }
            Map<String, String> form = new HashMap<>();
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                if (parameter.getValue().length != 1) {
                    throw OAuthError.invalidRequest(parameter.getKey() + " must be sent once");
                }
                form.put(parameter.getKey(), parameter.getValue()[0]);
            }
            ClientCredentials credentials = credentials(request.getHeader("Authorization"), form);
            JsonAnswer.write(
                    response,
                    200,
                    Sandbox.from(getServletContext())
                            .authorizationServer()
                            .token(form, credentials)
                            .toJson());
        } catch (OAuthError error) {
            if (error.httpStatus() == 401) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"ehr-sandbox\"");
            }
            JsonAnswer.error(response, error.httpStatus(), error.error(), error.description());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        JsonAnswer.error(response, 405, "invalid_request", "The token endpoint takes POST requests only");
    }

    /** client_secret_basic (RFC 6749 2.3.1: id and secret form-encoded inside Basic) or client_secret_post. */
    private static ClientCredentials credentials(String authorization, Map<String, String> form) throws OAuthError {
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (form.containsKey("client_secret")) {
                throw OAuthError.invalidRequest("Authenticate the client one way only: Basic or client_secret");
            }
            String decoded;
            try {
                decoded = new String(
                        Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                throw OAuthError.invalidClient("The Basic credentials are not base64");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw OAuthError.invalidClient("The Basic credentials must be client_id:client_secret");
            }
            String clientId = formDecoded(decoded.substring(0, colon));
            if (form.containsKey("client_id") && !form.get("client_id").equals(clientId)) {
                throw OAuthError.invalidRequest("client_id differs from the authenticated client");
            }
            return new ClientCredentials(clientId, Optional.of(formDecoded(decoded.substring(colon + 1))));
        }
        return new ClientCredentials(form.get("client_id"), Optional.ofNullable(form.get("client_secret")));
    }

    private static String formDecoded(String text) throws OAuthError {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw OAuthError.invalidClient("The Basic credentials are not form-encoded correctly");
        }
    }
}
