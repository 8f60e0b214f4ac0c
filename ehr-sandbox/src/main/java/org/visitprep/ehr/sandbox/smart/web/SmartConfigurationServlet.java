package org.visitprep.ehr.sandbox.smart.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.visitprep.ehr.sandbox.Sandbox;
import org.visitprep.ehr.sandbox.config.SandboxSettings;
import org.visitprep.ehr.sandbox.web.JsonAnswer;

/** SMART App Launch discovery: where to authorize, get tokens and find the keys, and what is supported. */
@WebServlet("/fhir/.well-known/smart-configuration")
public class SmartConfigurationServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SandboxSettings settings = Sandbox.from(getServletContext()).settings();
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("issuer", settings.fhirBaseUrl());
        configuration.put("jwks_uri", settings.baseUrl() + "/jwks");
        configuration.put("authorization_endpoint", settings.baseUrl() + "/auth/authorize");
        configuration.put("token_endpoint", settings.baseUrl() + "/auth/token");
        configuration.put(
                "token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        configuration.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
        configuration.put("response_types_supported", List.of("code"));
        configuration.put("code_challenge_methods_supported", List.of("S256"));
        configuration.put(
                "scopes_supported",
                List.of(
                        "openid",
                        "fhirUser",
                        "launch",
                        "launch/patient",
                        "launch/encounter",
                        "offline_access",
                        "online_access",
                        "patient/*.rs",
                        "user/*.rs",
                        "patient/*.read",
                        "user/*.read"));
        configuration.put(
                "capabilities",
                List.of(
                        "launch-ehr",
                        "launch-standalone",
                        "client-confidential-symmetric",
                        "sso-openid-connect",
                        "context-ehr-patient",
                        "context-ehr-encounter",
                        "context-standalone-patient",
                        "context-banner",
                        "permission-offline",
                        "permission-online",
                        "permission-patient",
                        "permission-user",
                        "permission-v1",
                        "permission-v2"));
        JsonAnswer.write(response, 200, configuration);
    }
}
