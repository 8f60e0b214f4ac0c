package org.visitprep.web.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.browser.ErrorPage;
import org.visitprep.web.it.browser.HomePage;

/** What a person sees when the server fails on their request: a plain page with a reference, nothing internal. */
class ServerErrorIT extends PortalTest {

    @Test
    void a_request_the_server_cannot_handle_shows_the_500_page_with_a_reference_found_in_the_log() {
        signIn(DemoUser.ALICE, "/");
        new HomePage(browser, HomePage.Of.PATIENT);

        // A form post carrying a view state the server never issued, as a tampered or corrupted page would send.
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = '/patient/home.xhtml';
                const state = document.createElement('input');
                state.type = 'hidden';
                state.name = 'jakarta.faces.ViewState';
                state.value = 'not-a-view-state-the-server-issued';
                form.appendChild(state);
                document.body.appendChild(form);
                form.submit();
                """);

        var error = new ErrorPage(browser);
        assertEquals("500", error.status());
        assertEquals("Something went wrong on our side", error.heading());
        String reference =
                browser.driver().findElement(By.id("error-reference")).getText();
        assertTrue(reference.matches("[0-9a-f-]{36}"), reference);
        assertTrue(stack().portal().log().contains("request=" + reference), "the reference names the logged request");
        String shown = error.visibleText();
        for (String detail : new String[] {"Exception", "ViewState", ".java", "Payara", "Mojarra"}) {
            assertFalse(shown.contains(detail), "the page shows '" + detail + "'");
        }
    }
}
