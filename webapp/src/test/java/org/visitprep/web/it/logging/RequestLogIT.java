package org.visitprep.web.it.logging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.browser.HomePage;

class RequestLogIT extends PortalTest {

    private static final Pattern ALICE_HOME_LINE =
            Pattern.compile("request=[0-9a-f-]{36} user=[0-9a-f-]{36} GET /patient/home\\.xhtml status=200 ms=\\d+");

    @Test
    void each_request_is_logged_with_its_id_and_the_account_id_but_never_its_query() {
        signIn(DemoUser.ALICE, "/");
        new HomePage(browser, HomePage.Of.PATIENT);

        browser.go(portal("/patient/home.xhtml?note=ferritin-low"));
        new HomePage(browser, HomePage.Of.PATIENT);

        String log = stack().portal().log();
        assertTrue(ALICE_HOME_LINE.matcher(log).find(), "a request line naming the request and Alice's account");
        assertFalse(log.contains("ferritin"), "the query string never reaches the log");
        // The demo loader names its fixture files (alice.json) at start-up; request lines never name the user.
        String requestLines = log.lines()
                .filter(line -> line.contains("org.visitprep.web.requests"))
                .collect(Collectors.joining("\n"));
        assertFalse(requestLines.contains("alice"), "the log names the account id, not the user name");
    }
}
