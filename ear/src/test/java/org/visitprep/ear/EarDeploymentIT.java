package org.visitprep.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.browser.HomePage;
import org.visitprep.web.it.browser.KeycloakLoginPage;
import org.visitprep.web.it.stack.KeycloakServer;
import org.visitprep.web.it.stack.TestSettings;

/** The EAR on Payara Server 6: deployed, it sends strangers to Keycloak and lets Alice in. */
class EarDeploymentIT {

    private static KeycloakServer keycloak;
    private static PayaraServer server;

    @BeforeAll
    static void deployTheEar() {
        keycloak = KeycloakServer.ensureRunning();
        server = PayaraServer.deploy(
                TestSettings.existingPath("visitprep.it.ear", "the package phase builds it"), keycloak.realmUrl());
        server.awaitReady();
    }

    @AfterAll
    static void stopTheServer() {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (keycloak != null) {
                keycloak.close();
            }
        }
    }

    @Test
    void an_unauthenticated_request_is_redirected_to_keycloaks_sign_in() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.url("/patient/home.xhtml"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());

        assertEquals(302, response.statusCode());
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertEquals(keycloak.baseUrl().getAuthority(), location.getAuthority());
        assertEquals("/realms/visitprep/protocol/openid-connect/auth", location.getPath());
        assertTrue(location.getQuery().contains("redirect_uri=" + server.url("/callback")), location.getQuery());
    }

    @Test
    void alice_signs_in_through_keycloak_and_sees_her_home_on_the_full_server() {
        try (Browser browser = Browser.open()) {
            browser.go(server.url("/"));
            new KeycloakLoginPage(browser, keycloak.baseUrl().getPort()).signIn(DemoUser.ALICE);

            var home = new HomePage(browser, HomePage.Of.PATIENT);
            assertEquals("Alice Wiza", home.signedInUser());
        }
    }

    @Test
    void the_ear_holds_the_core_ejb_module_and_the_war() throws Exception {
        Path ear = TestSettings.existingPath("visitprep.it.ear", "the package phase builds it");
        try (var zip = new java.util.zip.ZipFile(ear.toFile())) {
            assertTrue(zip.getEntry("visitprep-core.jar") != null, "the core EJB module");
            assertTrue(zip.getEntry("visitprep.war") != null, "the portal WAR");
            String application = new String(
                    zip.getInputStream(zip.getEntry("META-INF/application.xml")).readAllBytes());
            assertTrue(application.contains("<ejb>visitprep-core.jar</ejb>"), application);
        }
    }
}
