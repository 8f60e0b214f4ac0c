package org.visitprep.web.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.Accessibility;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.browser.HomePage;
import org.visitprep.web.it.browser.KeycloakLoginPage;
import org.visitprep.web.it.browser.SignedOutPage;
import org.visitprep.web.it.stack.TestSettings;

/**
 * An administrator invites a clinician, who sets a password from Keycloak's e-mail (caught by the SMTP sink) and signs
 * in; the administrator disables them and their next request is refused; every change is in the audit.
 */
class ClinicianAdministrationIT extends PortalTest {

    private static SmtpSink mail;

    @BeforeAll
    static void listenForMail() {
        mail = SmtpSink.listen(TestSettings.port("smtp"));
    }

    @AfterAll
    static void stopListening() {
        if (mail != null) {
            mail.close();
        }
    }

    @Test
    void the_administrator_sees_the_realms_clinicians() {
        var page = openClinicians();

        var usernames = page.rows().stream().map(CliniciansPage.Row::username).toList();
        assertTrue(usernames.containsAll(List.of("drbob", "drcarol")), usernames.toString());
        assertFalse(usernames.contains("alice"), "a patient is not a clinician");
        assertEquals("Active", page.row("drbob").state());
    }

    @Test
    void an_invitation_with_bad_fields_says_what_is_wrong_and_creates_nobody() {
        var page = openClinicians();
        int before = page.rows().size();

        page = page.invite("No Spaces!", "", "", "not-an-address");

        assertEquals(
                "Enter a user name of 2 to 63 characters: lower-case letters, digits, dot, hyphen or underscore.",
                page.fieldMessage("username"));
        assertEquals("Enter the clinician's first name.", page.fieldMessage("first-name"));
        assertEquals("Enter the clinician's last name.", page.fieldMessage("last-name"));
        assertEquals("Enter an e-mail address such as name@hospital.example.", page.fieldMessage("email"));
        assertEquals(before, page.rows().size());
        assertTrue(mail.mailTo("not-an-address").isEmpty());
    }

    @Test
    void inviting_an_existing_user_name_is_refused_and_changes_nothing() {
        var page = openClinicians().invite("drbob", "Another", "Bob", "another.bob@hospital.example");

        assertEquals(
                List.of("Another account already has this user name or e-mail address. Nothing was changed;"
                        + " choose another."),
                page.messages());
        assertEquals("Bob Baker", page.row("drbob").name());
        assertTrue(mail.mailTo("another.bob@hospital.example").isEmpty());
    }

    @Test
    void an_invited_clinician_sets_a_password_signs_in_and_is_refused_once_disabled() {
        String username = "drdave" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String email = username + "@hospital.example";
        String password = "Dave-Lister-" + System.nanoTime();

        // the administrator invites them
        var page = openClinicians().invite(username, "Dave", "Lister", email);
        assertEquals(
                List.of("Invitation sent: Dave Lister will receive an e-mail at " + email + " to set a password."),
                page.messages());
        assertEquals("Active", page.row(username).state());

        // the clinician sets a password from Keycloak's e-mail and signs in
        var invitation = mail.awaitMailTo(email, InvitationMail::holdsLink, Duration.ofSeconds(60));
        URI link = InvitationMail.link(invitation);
        assertEquals(stack().keycloak().baseUrl().getPort(), link.getPort(), "the link is the test Keycloak's");
        try (var clinician = Browser.open()) {
            setPassword(clinician, link, password);
            clinician.go(portal("/"));
            if (clinician.currentUrl().getPort() != portal("/").getPort()) {
                new KeycloakLoginPage(clinician, stack().keycloak().baseUrl().getPort()).signIn(username, password);
            }
            clinician.waitUntilBackAt(portal("/"));
            clinician.go(portal("/clinician/home.xhtml"));
            new HomePage(clinician, HomePage.Of.CLINICIAN);

            // the administrator disables them: their next request ends their session
            page = new CliniciansPage(browser).disable(username);
            browser.go(portal("/admin/clinicians.xhtml"));
            page = new CliniciansPage(browser);
            assertEquals("Disabled", page.row(username).state());

            // refused: the portal ends the session and sends them to sign in again (through its signed-out page
            // when Keycloak still had their session, straight to Keycloak's page when the disabling ended it first)
            clinician.go(portal("/clinician/home.xhtml"));
            int keycloakPort = stack().keycloak().baseUrl().getPort();
            clinician
                    .waiting()
                    .until(d -> clinician.currentUrl().getPort() == keycloakPort
                            || clinician.currentUrl().getPath().equals("/signed-out.xhtml"));
            if (clinician.currentUrl().getPort() != keycloakPort) {
                new SignedOutPage(clinician).signInAgain();
            }
            var login = new KeycloakLoginPage(clinician, keycloakPort);
            login.signIn(username, password);
            clinician.waiting().until(d -> d.getPageSource().toLowerCase().contains("disabled"));
            assertTrue(clinician.currentUrl().getPort() != portal("/").getPort(), "Keycloak keeps them out");
        }

        // both changes are in the audit, without the password
        browser.go(portal("/admin/audit.xhtml"));
        var audit = new AuditPage(browser);
        var changes = audit.changes().stream()
                .filter(change -> change.target().equals(username))
                .toList();
        assertEquals(
                List.of("clinician.disable", "clinician.invite"),
                changes.stream().map(AuditPage.Change::action).toList());
        assertTrue(changes.get(1).text().contains(email), changes.get(1).text());
        assertFalse(audit.visibleText().contains(password));
    }

    @Test
    void the_pages_read_in_french() {
        var page = openClinicians();
        page.switchLanguage("fr");

        var french = new CliniciansPage(browser);
        assertEquals("Cliniciens", french.heading());
        assertEquals("Actif", french.row("drbob").state());
        browser.go(portal("/admin/audit.xhtml"));
        assertEquals("Audit des modifications administratives", new AuditPage(browser).heading());
    }

    private CliniciansPage openClinicians() {
        signIn(DemoUser.ADMIN, "/admin/clinicians.xhtml");
        return new CliniciansPage(browser);
    }

    /** Keycloak's pages of the e-mail's link: perhaps a page naming the action, then the new password twice. */
    private static void setPassword(Browser clinician, URI link, String password) {
        clinician.go(link);
        clinician
                .waiting()
                .until(d -> !d.findElements(By.id("password-new")).isEmpty()
                        || !d.findElements(By.cssSelector("a[href*='login-actions']"))
                                .isEmpty());
        var proceed = clinician.driver().findElements(By.cssSelector("a[href*='login-actions']"));
        if (clinician.driver().findElements(By.id("password-new")).isEmpty() && !proceed.isEmpty()) {
            Accessibility.assertNoSeriousViolations(clinician.driver(), "Keycloak's action page");
            proceed.get(0).click();
        }
        WebElement newPassword =
                clinician.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new")));
        Accessibility.assertNoSeriousViolations(clinician.driver(), "Keycloak's set-password page");
        newPassword.sendKeys(password);
        clinician.driver().findElement(By.id("password-confirm")).sendKeys(password);
        var form = clinician.driver().findElement(By.id("password-new")).findElement(By.xpath("./ancestor::form"));
        form.findElement(By.cssSelector("[type='submit']")).click();
        clinician.waiting().until(d -> !d.findElements(By.id("password-new")).isEmpty() ? false : true);
    }
}
