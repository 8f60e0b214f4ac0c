package org.visitprep.web.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.browser.ErrorPage;
import org.visitprep.web.it.browser.HomePage;

class AccessControlIT extends PortalTest {

    /** What would betray the server's insides if a page showed it. */
    private static final List<String> INTERNAL_DETAILS =
            List.of("Exception", "at org.", "at jakarta.", "Payara", "GlassFish", "Stack", ".java:", "HTTP Status");

    @Test
    void alice_asking_for_a_clinician_page_gets_the_403_page() {
        signIn(DemoUser.ALICE, "/");
        new HomePage(browser, HomePage.Of.PATIENT);

        browser.go(portal("/clinician/home.xhtml"));

        var error = new ErrorPage(browser);
        assertEquals("403", error.status());
        assertEquals("This page is not for your account", error.heading());
        assertLeaksNothingInternal(error);
    }

    @Test
    void drbob_asking_for_a_patient_page_gets_the_403_page() {
        signIn(DemoUser.DRBOB, "/");
        new HomePage(browser, HomePage.Of.CLINICIAN);

        browser.go(portal("/patient/home.xhtml"));

        assertEquals("403", new ErrorPage(browser).status());
    }

    /** Every administrators' page; patients and clinicians are refused each one, and the refusal is logged. */
    private static final List<String> ADMIN_PAGES = List.of(
            "/admin/home.xhtml",
            "/admin/clinicians.xhtml",
            "/admin/ehrs.xhtml",
            "/admin/audit.xhtml",
            "/admin/status.xhtml");

    /** Patients' pages and summaries, and a clinician's shared summary: never an administrator's to open. */
    private static final List<String> HEALTH_DATA_PAGES = List.of(
            "/patient/home.xhtml",
            "/patient/record.xhtml",
            "/patient/labs.xhtml",
            "/patient/history.xhtml",
            "/patient/wellness.xhtml",
            "/patient/visits.xhtml",
            "/patient/sharing.xhtml",
            "/patient/ehr.xhtml",
            "/patient/visit.xhtml?id=" + java.util.UUID.randomUUID(),
            "/patient/summary.xhtml?visit=" + java.util.UUID.randomUUID(),
            "/patient/summary-print.xhtml?visit=" + java.util.UUID.randomUUID(),
            "/patient/summary.pdf?visit=" + java.util.UUID.randomUUID(),
            "/clinician/home.xhtml",
            "/clinician/shared.xhtml?grant=" + java.util.UUID.randomUUID());

    @ParameterizedTest
    @EnumSource(
            value = DemoUser.class,
            names = {"ALICE", "DRBOB"})
    void patients_and_clinicians_are_refused_every_administrators_page_and_logged(DemoUser user) {
        signIn(user, "/");
        new HomePage(browser, user == DemoUser.ALICE ? HomePage.Of.PATIENT : HomePage.Of.CLINICIAN);

        for (String path : ADMIN_PAGES) {
            assertRefusedAndLogged(path);
        }
        browser.go(portal("/admin/clinicians.xhtml"));
        var error = new ErrorPage(browser);
        assertEquals("403", error.status());
        assertLeaksNothingInternal(error);
    }

    @Test
    void the_administrator_is_refused_every_patient_page_and_summary_and_logged() {
        signIn(DemoUser.ADMIN, "/");
        new HomePage(browser, HomePage.Of.ADMIN);

        for (String path : HEALTH_DATA_PAGES) {
            assertRefusedAndLogged(path);
        }
        browser.go(portal("/patient/summary.xhtml?visit=" + java.util.UUID.randomUUID()));
        assertEquals("403", new ErrorPage(browser).status());
    }

    /** Asks for the address with the browser's session: 403, and a request-log line naming who asked. */
    private void assertRefusedAndLogged(String path) {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> answer =
                (java.util.Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeAsyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + "fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
                                        + ".then(r => done({status: r.status, id: r.headers.get('X-Request-Id') || ''}))"
                                        + ".catch(e => done({status: -1, id: ''}));",
                                portal(path).toString());
        assertEquals(403, ((Number) answer.get("status")).intValue(), path);
        String requestId = (String) answer.get("id");
        assertFalse(requestId.isEmpty(), "the answer names its request");
        // the request log's line is written as the response completes: wait for it rather than race it
        String logged = browser.waiting()
                .withTimeout(java.time.Duration.ofSeconds(15))
                .until(d -> stack().portal()
                        .log()
                        .lines()
                        .filter(line -> line.contains("request=" + requestId + " "))
                        .findFirst()
                        .orElse(null));
        assertFalse(logged.contains(" user=- "), "the log names who asked: " + logged);
        assertTrue(logged.contains(" status=403"), logged);
    }

    @Test
    void a_page_that_does_not_exist_gets_the_404_page() {
        signIn(DemoUser.ALICE, "/");
        new HomePage(browser, HomePage.Of.PATIENT);

        browser.go(portal("/patient/no-such-page.xhtml"));

        var error = new ErrorPage(browser);
        assertEquals("404", error.status());
        assertEquals("We could not find this page", error.heading());
        assertLeaksNothingInternal(error);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/patient/home.xhtml",
                "/clinician/home.xhtml",
                "/admin/home.xhtml",
                "/no-such-page.xhtml",
                "/callback"
            })
    void an_anonymous_request_for_any_page_goes_to_keycloak(String path) throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(portal(path)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(302, response.statusCode(), "status for " + path);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        URI authorize = stack().keycloak().realmUrl().resolve("visitprep/protocol/openid-connect/auth");
        assertEquals(authorize.getAuthority(), location.getAuthority());
        assertEquals(authorize.getPath(), location.getPath());
        assertTrue(location.getQuery().contains("client_id=visitprep-portal"), location.toString());
    }

    @Test
    void an_anonymous_browser_is_shown_keycloaks_sign_in_page() {
        var login = openExpectingSignIn("/admin/home.xhtml");

        assertTrue(login.asksForPassword());
    }

    private void assertLeaksNothingInternal(ErrorPage page) {
        String shown = page.visibleText();
        for (String detail : INTERNAL_DETAILS) {
            assertFalse(shown.contains(detail), "the error page shows '" + detail + "'");
        }
        assertFalse(browser.pageSource().contains(".java:"), "the page's markup holds a stack trace");
    }
}
