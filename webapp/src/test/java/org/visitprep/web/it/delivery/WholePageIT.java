package org.visitprep.web.it.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.record.LabResultsPage;
import org.visitprep.web.it.visit.VisitJourney;

/**
 * A page sent in pieces shows its first buttons before the end of their form, where the form's view state is: a click
 * then posts without it, and the server takes it for a new visit to the page (on the EHR review, a second opening in
 * the patient's access log). Pages therefore go out whole, with their length.
 */
class WholePageIT extends PortalTest {

    /** Larger than any default buffer on the way: Faces' 1 KB, the web container's 8 KB. */
    private static final int LARGE_PAGE = 32 * 1024;

    @Test
    void a_large_page_arrives_whole_with_its_length() {
        VisitJourney.signIn(browser, DemoUser.ALICE, LabResultsPage.PATH);
        new LabResultsPage(browser);
        @SuppressWarnings("unchecked")
        List<Object> fetched = (List<Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(location.pathname).then(async response => {
                          const bytes = (await response.arrayBuffer()).byteLength;
                          done([response.status, bytes, response.headers.get('content-length') || 'none (sent in chunks)']);
                        }, failure => done([0, 0, String(failure)]));
                        """);
        assertEquals(200L, ((Number) fetched.get(0)).longValue());
        long bytes = ((Number) fetched.get(1)).longValue();
        assertTrue(bytes > LARGE_PAGE, "Alice's lab results make a large page: " + bytes + " bytes");
        assertEquals(String.valueOf(bytes), fetched.get(2));
    }
}
