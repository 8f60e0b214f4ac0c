package org.visitprep.web.it.stack;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Boots Keycloak, the portal and the test EHR once for the whole test run and stops them when it ends. Test classes say
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
                .getOrComputeIfAbsent(Running.class, key -> boot(), Running.class);
    }

    private static synchronized Running boot() {
        var keycloak = KeycloakServer.ensureRunning();
        EhrSandboxServer ehr = null;
        try {
            var demoPatients = PortalServer.demoPatients();
            // the test EHR boots while the portal does
            ehr = EhrSandboxServer.start(TestSettings.port("portal"), demoPatients);
            var portal = PortalServer.start(keycloak, ehr, demoPatients);
            try {
                ehr.awaitReady();
            } catch (RuntimeException e) {
                portal.close();
                throw e;
            }
            running = new Running(keycloak, portal, ehr);
            return running;
        } catch (RuntimeException e) {
            if (ehr != null) {
                ehr.close();
            }
            keycloak.close();
            throw e;
        }
    }

    /** Keycloak, the portal and the test EHR, as started for this run. */
    public record Running(KeycloakServer keycloak, PortalServer portal, EhrSandboxServer ehr)
            implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            try {
                portal.close();
            } finally {
                try {
                    ehr.close();
                } finally {
                    keycloak.close();
                    running = null;
                }
            }
        }
    }
}
