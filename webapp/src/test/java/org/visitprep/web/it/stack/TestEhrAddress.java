package org.visitprep.web.it.stack;

import java.net.URI;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.visitprep.ehr.sandbox.testing.TestEhr;

/**
 * The run's test EHR ({@link TestEhr}: started once for every module's tests, serving the same demo patients as the
 * portal, with the portal under test registered as its SMART client), as the portal's tests address it.
 */
public final class TestEhrAddress {

    private TestEhrAddress() {}

    /** Makes sure the run's test EHR answers, starting it if no earlier test class did. */
    static TestEhrAddress ensureRunning(ExtensionContext context) {
        TestEhr.ensureRunning(context);
        return new TestEhrAddress();
    }

    public URI baseUrl() {
        return URI.create(TestEhr.baseUrl() + "/");
    }

    public URI url(String path) {
        return baseUrl().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The FHIR base URL: the {@code iss} of its launches. */
    public String iss() {
        return TestEhr.iss();
    }

    public String origin() {
        return TestEhr.baseUrl();
    }
}
