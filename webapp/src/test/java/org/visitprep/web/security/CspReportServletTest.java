package org.visitprep.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A violation report becomes one log line that names the directive and paths, and nothing of the page's data. */
class CspReportServletTest {

    @Test
    void aReportIsLoggedWithoutQueryStringsOrTheBlockedText() {
        String report = """
                {"csp-report":{"document-uri":"http://localhost:8080/patient/labs.xhtml?test=HbA1c#row-3",
                 "effective-directive":"script-src-elem","blocked-uri":"inline",
                 "script-sample":"alert('Alice Wiza diabetes')","line-number":12}}""";

        String line = CspReportServlet.describe(report).orElseThrow();

        assertEquals(
                "CSP violation: directive script-src-elem, page http://localhost:8080/patient/labs.xhtml, blocked inline",
                line);
        assertFalse(line.contains("HbA1c") || line.contains("Alice"), line);
    }

    @Test
    void aBlockedAddressIsLoggedAsItsPathAndControlCharactersCannotForgeALogLine() {
        String report = "{\"csp-report\":{\"document-uri\":\"http://localhost/p.xhtml\\nFAKE LOG LINE\","
                + "\"violated-directive\":\"script-src 'self'\",\"blocked-uri\":\"https://evil.example/x.js?c=secret\"}}";

        String line = CspReportServlet.describe(report).orElseThrow();

        assertFalse(line.contains("\n"), line);
        assertFalse(line.contains("secret"), line);
        assertTrue(line.contains("blocked https://evil.example/x.js"), line);
    }

    @Test
    void anythingElseIsNotAReport() {
        assertEquals(Optional.empty(), CspReportServlet.describe("not json"));
        assertEquals(Optional.empty(), CspReportServlet.describe("{\"report\":1}"));
        assertEquals(Optional.empty(), CspReportServlet.describe("[1,2]"));
    }
}
