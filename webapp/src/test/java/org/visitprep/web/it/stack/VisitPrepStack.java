package org.visitprep.web.it.stack;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Boots Keycloak and the portal once for the whole test run and stops them when it ends. Test classes say
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
        try {
            running = new Running(keycloak, PortalServer.start(keycloak));
            return running;
        } catch (RuntimeException e) {
            keycloak.close();
            throw e;
        }
    }

    /** Keycloak and the portal, as started for this run. */
    public record Running(KeycloakServer keycloak, PortalServer portal)
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
