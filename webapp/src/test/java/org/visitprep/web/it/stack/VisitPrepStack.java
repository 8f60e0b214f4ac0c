package org.visitprep.web.it.stack;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Boots the portal once for the whole test run, with Keycloak and the run's test EHR ({@link TestEhrAddress}), and
 * stops what it started when the run ends. Test classes say
 * {@code @ExtendWith(VisitPrepStack.class)} and then ask {@link #current()}.
 */
public final class VisitPrepStack implements BeforeAllCallback {

    private static Running running;

    /** The running system; only valid in a test class extended with this extension. */
    public static Running current() {
        if (running == null) {
            throw new IllegalStateException("The stack is not running: extend the test class with VisitPrepStack");
        }
        return running;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> boot(context), Running.class);
    }

    private static synchronized Running boot(ExtensionContext context) {
        var ehr = TestEhrAddress.ensureRunning(context);
        var keycloak = KeycloakServer.ensureRunning();
        try {
            var portal = PortalServer.start(keycloak, ehr, PortalServer.demoPatients());
            running = new Running(keycloak, portal, ehr);
            return running;
        } catch (RuntimeException e) {
            keycloak.close();
            throw e;
        }
    }

    /** Keycloak, the portal and the test EHR, as this run has them. */
    public record Running(KeycloakServer keycloak, PortalServer portal, TestEhrAddress ehr)
            implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            try {
                portal.close();
            } finally {
                keycloak.close();
                running = null;
            }
        }
    }
}
