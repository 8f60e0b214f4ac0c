package org.visitprep.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Holds the application's master keys, read from configuration when the application starts, and the cache of
 * unwrapped data keys that every node keeps for itself. A missing or malformed master key stops the start-up with a
 * {@link MasterKeyConfigurationException} naming the setting.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class KeyCustody {

    private static final Logger LOG = Logger.getLogger(KeyCustody.class.getName());

    private final DataKeyCache cache = new DataKeyCache();
    private final SecureRandom random = new SecureRandom();
    private volatile MasterKeyring masterKeys;

    @PostConstruct
    void loadMasterKeys() {
        masterKeys = MasterKeyring.from(ConfigProvider.getConfig(KeyCustody.class.getClassLoader()));
        if (masterKeys.usesDevOnlyKey()) {
            LOG.warning(() -> MasterKeyring.DEV_KEY + "=true: health data is sealed under the published DEV-ONLY demo"
                    + " master key. Never use it in production: set " + MasterKeyring.MASTER_KEY + " and "
                    + MasterKeyring.MASTER_KEY_ID + " instead.");
        }
        LOG.info(() -> "Health data is sealed under master key '"
                + masterKeys.current().id() + "'; master keys held: " + masterKeys.ids());
    }

    public MasterKeyring masterKeys() {
        return masterKeys;
    }

    public SecureRandom random() {
        return random;
    }

    /**
     * The patients' keys through the given entity manager.
     *
     * @param firstKeyIssuer issues and commits a patient's first key in a transaction of its own, or {@code null} to
     *     issue it in the caller's transaction
     */
    public PatientKeys patientKeys(EntityManager entityManager, Consumer<UUID> firstKeyIssuer) {
        return new PatientKeys(new JpaPatientDataKeys(entityManager), masterKeys, cache, random, firstKeyIssuer);
    }
}
