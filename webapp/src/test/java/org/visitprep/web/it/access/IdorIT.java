package org.visitprep.web.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.annotation.WebServlet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.stack.TestSettings;
import org.visitprep.web.it.visit.ApprovedSummaryPage;
import org.visitprep.web.it.visit.VisitJourney;

/**
 * Insecure direct object references: every page and servlet that takes an id is asked, by someone who may not see
 * it, with the id of another patient's visit or another clinician's share (and a share its patient revoked); each
 * answer refuses, shows none of the owner's data, and leaves a line in the request log naming who asked. The suite
 * lists every route of the portal with how it is covered, and fails when a page or servlet appears that it does not
 * list, so that a new page is never left out.
 */
class IdorIT extends PortalTest {

    /** Every route of the portal, and why asking it with someone else's id gives nothing away. */
    static final Map<String, String> ROUTES = Map.ofEntries(
            Map.entry("/index.xhtml", "takes no id: sends each person to their own home"),
            Map.entry("/signed-out.xhtml", "takes no id and shows no data"),
            Map.entry("/admin/home.xhtml", "takes no id; administrators only (AccessControlIT)"),
            Map.entry(
                    "/admin/clinicians.xhtml",
                    "takes no id; clinicians by the identity provider's id in a Faces action; administrators only"
                            + " (AccessControlIT, ClinicianAdministrationIT)"),
            Map.entry("/admin/audit.xhtml", "takes no id; administrators only (AccessControlIT)"),
            Map.entry("/admin/status.xhtml", "takes no id; administrators only (AccessControlIT)"),
            Map.entry(
                    "/admin/ehrs.xhtml",
                    "takes no id; EHR keys and users in Faces actions, checked by the core; administrators only"
                            + " (AccessControlIT, EhrRegistrationIT)"),
            Map.entry("/clinician/home.xhtml", "takes no id: the signed-in clinician's own worklist"),
            Map.entry("/clinician/shared.xhtml", "grant: another clinician's and a revoked share, here"),
            Map.entry("/patient/home.xhtml", "takes no id: the signed-in patient's own record"),
            Map.entry("/patient/record.xhtml", "takes no id: the signed-in patient's own record"),
            Map.entry("/patient/labs.xhtml", "takes no id: the signed-in patient's own record"),
            Map.entry("/patient/history.xhtml", "takes no id: the signed-in patient's own record"),
            Map.entry("/patient/wellness.xhtml", "takes no id: the signed-in patient's own record"),
            Map.entry("/patient/costs.xhtml", "takes no id: the signed-in patient's own bills and plans"),
            Map.entry("/patient/visits.xhtml", "takes no id: the signed-in patient's own visits"),
            Map.entry("/patient/sharing.xhtml", "takes no id: the signed-in patient's own shares and log"),
            Map.entry("/patient/ehr.xhtml", "takes no id: the signed-in patient's own connections"),
            Map.entry("/patient/visit.xhtml", "id: another patient's visit, here"),
            Map.entry("/patient/summary.xhtml", "visit: another patient's visit, here"),
            Map.entry("/patient/summary-print.xhtml", "visit: another patient's visit, here"),
            Map.entry("/patient/summary.pdf", "visit: another patient's visit, here"),
            Map.entry("/smart/review.xhtml", "takes no id: the patient in the EHR's context (EhrLaunchScenarioIT)"),
            Map.entry("/smart/launch", "iss and launch, checked against the registered EHRs (SmartLaunchClientTest)"),
            Map.entry("/smart/callback", "state bound to the browser session (SmartLaunchClientTest)"),
            Map.entry("/patient/ehr/callback", "state bound to the patient's session (SmartLaunchClientTest)"),
            Map.entry("/language", "takes no id; needs the session's form token (SignOutIT)"),
            Map.entry("/sign-out", "takes no id; needs the session's form token (SignOutIT)"),
            Map.entry("/callback", "the identity provider's sign-in callback, state bound to the session"),
            Map.entry("/csp-report", "takes reports, answers nothing (CspReportServletTest)"));

    @Test
    void every_page_and_servlet_of_the_portal_is_listed_with_how_it_is_covered() {
        Set<String> found = new TreeSet<>(pages());
        found.addAll(servletPaths());

        Set<String> unlisted = new TreeSet<>(found);
        unlisted.removeAll(ROUTES.keySet());
        Set<String> gone = new TreeSet<>(ROUTES.keySet());
        gone.removeAll(found);

        assertEquals(Set.of(), unlisted, "new routes: list them here and test them with another person's ids");
        assertEquals(Set.of(), gone, "routes listed here that the portal no longer has");
    }

    @Test
    void another_patient_and_another_clinician_asking_for_alices_ids_get_nothing_and_are_logged() {
        String tag = VisitJourney.tag();
        ApprovedSummaryPage approved = VisitJourney.approvesASummary(browser, DemoUser.ALICE, tag);
        String query = String.valueOf(browser.currentUrl().getQuery());
        assertTrue(
                query.matches(".*visit=[0-9a-f-]{36}.*"), "the approved summary's address names its visit: " + query);
        String visitId = query.replaceAll(".*visit=([0-9a-f-]{36}).*", "$1");
        approved.shareWith(DemoUser.DRBOB.fullName());
        String grantId = approved.shares().getFirst().grantId();

        try (Browser ben = Browser.open()) {
            VisitJourney.signIn(ben, DemoUser.BEN, "/patient/home.xhtml");
            for (String path : new String[] {
                "/patient/visit.xhtml?id=" + visitId,
                "/patient/summary.xhtml?visit=" + visitId,
                "/patient/summary-print.xhtml?visit=" + visitId,
                "/patient/summary.pdf?visit=" + visitId
            }) {
                assertRefusedAndLogged(ben, path, tag);
            }
        }
        try (Browser carol = Browser.open()) {
            VisitJourney.signIn(carol, DemoUser.DRCAROL, "/clinician/home.xhtml");
            assertRefusedAndLogged(carol, "/clinician/shared.xhtml?grant=" + grantId, tag);
            assertRefusedAndLogged(carol, "/clinician/shared.xhtml?grant=" + visitId, tag);
        }
        browser.go(portal("/patient/sharing.xhtml"));
        assertTrue(
                browser.pageSource().contains(DemoUser.DRCAROL.fullName()),
                "Alice's access log names Carol's refused attempt");
    }

    /**
     * Fetches the address with the reader's session: the answer is a refusal (an error status, or a page saying
     * nothing was found) that carries none of the owner's data, and the request log names the reader.
     */
    private static void assertRefusedAndLogged(Browser reader, String path, String ownersTag) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) reader.driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(async r => done({"
                                + " status: r.status, id: r.headers.get('X-Request-Id') || '', text: await r.text()}))"
                                + ".catch(e => done({status: -1, id: '', text: String(e)}));",
                        portal(path).toString());
        int status = ((Number) answer.get("status")).intValue();
        String text = (String) answer.get("text");
        assertFalse(text.contains(ownersTag), path + " shows the owner's data");
        assertFalse(text.contains(DemoUser.ALICE.fullName()), path + " names the owner");
        assertTrue(
                status == 403
                        || status == 404
                        || status == 410
                        || (status == 200 && text.contains("id=\"visit-not-found\""))
                        || (status == 200 && text.contains("id=\"print-none\""))
                        || (status == 200 && text.contains("data-result=\"not-yours\"")),
                path + " answered " + status + " without saying it refuses");
        String requestId = (String) answer.get("id");
        String logged = stack().portal()
                .log()
                .lines()
                .filter(line -> line.contains("request=" + requestId + " "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no request-log line for " + path));
        assertFalse(logged.contains(" user=- "), "the log names who asked: " + logged);
        assertTrue(logged.contains(" status=" + status), logged);
    }

    /** The Facelets pages under the web root, as addresses. */
    private static Set<String> pages() {
        Path root = Path.of(TestSettings.required("visitprep.it.root"), "webapp", "src", "main", "webapp");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> "/" + root.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("/WEB-INF/"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paths of the portal's servlets, read from their {@code @WebServlet} annotations. */
    private static Set<String> servletPaths() {
        Path classes = Path.of(TestSettings.required("visitprep.it.root"), "webapp", "target", "classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file)
                            .toString()
                            .replace('/', '.')
                            .replace('\\', '.'))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .map(IdorIT::loaded)
                    .filter(type -> type.isAnnotationPresent(WebServlet.class))
                    .flatMap(type -> {
                        WebServlet servlet = type.getAnnotation(WebServlet.class);
                        return Stream.concat(Arrays.stream(servlet.value()), Arrays.stream(servlet.urlPatterns()));
                    })
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> loaded(String name) {
        try {
            return Class.forName(name, false, IdorIT.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
