package org.visitprep.ehr;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.visitprep.ehr.registry.RegisteredEhr;
import org.visitprep.ehr.sandbox.testing.TestEhr;

/**
 * The test EHR as the core's tests use it: the run's {@link TestEhr} (started once for every module's tests), its
 * patients, and the portal's registration there.
 */
public final class EhrSandbox implements BeforeAllCallback {

    /** Synthea patients the sandbox serves, by their Patient id: 70, 73 and 482 resources. */
    public static final String CLEMENTE = TestEhr.CLEMENTE;

    public static final String LIZ = TestEhr.LIZ;
    public static final String ALI = TestEhr.ALI;

    /** The callback the portal registers with the sandbox for its tests; the tests never follow it. */
    public static final URI REDIRECT_URI = URI.create(TestEhr.portalUrl() + "/smart/callback");

    public static String baseUrl() {
        return TestEhr.baseUrl();
    }

    public static String iss() {
        return TestEhr.iss();
    }

    /** The sandbox as the portal registers it, with the sandbox's published dev-only demo secret. */
    public static RegisteredEhr registered() {
        return new RegisteredEhr(
                "sandbox",
                iss(),
                "visitprep-portal",
                "dev-only-demo-secret-visitprep-portal",
                "Sandbox EHR",
                "Organization/visitprep-sandbox-clinic",
                baseUrl());
    }

    /** The public Synthea file the sandbox serves under the demo name, e.g. {@code ben.json} for Ali. */
    public static Path patientFile(String demoName) {
        return TestEhr.corpusFile(TestEhr.PATIENT_FILES.get(demoName));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        TestEhr.ensureRunning(context);
    }
}
