package org.visitprep.administration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.visitprep.crypto.KeyCustody;
import org.visitprep.ehr.registry.RegisteredEhr;
import org.visitprep.ehr.smart.SmartLaunches;
import org.visitprep.identity.Role;
import org.visitprep.record.storage.RecordImportRuntime;
import org.visitprep.summary.llm.AiSettings;
import org.visitprep.visit.GenerationBoard;

/**
 * What an administrator needs to know that VisitPrep runs well: the database, the identity provider and each EHR
 * answering; versions; the imports and summary generations running on this node; the language model's setting; the
 * master key and how far a rotation has come. Never a secret, never health data.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class SystemStatus {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    @Inject
    private IdentityProviderAdmin identityProvider;

    @Inject
    private SmartLaunches smartLaunches;

    @Inject
    private GenerationBoard generations;

    @EJB
    private RecordImportRuntime imports;

    @EJB
    private KeyCustody keyCustody;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(PROBE_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** One check: what was checked, whether it answered, and a short detail for people (a status, a count). */
    public record Check(String name, boolean up, String detail) {}

    /** Work waiting or running on this node: how many, and since when the oldest. */
    public record Queue(int count, Instant oldestSince) {}

    /** The whole report. */
    public record Report(
            Instant at,
            boolean databaseUp,
            String schemaVersion,
            boolean identityProviderUp,
            List<Check> ehrs,
            String applicationVersion,
            String javaVersion,
            Queue importQueue,
            Queue generationQueue,
            boolean languageModelOn,
            String languageModel,
            String masterKeyId,
            List<String> previousMasterKeyIds,
            long dataKeysUnderPreviousMasterKeys) {}

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Report report() {
        boolean database = databaseUp();
        Optional<String> schema = database ? schemaVersion() : Optional.empty();
        var ai = AiSettings.from(ConfigProvider.getConfig(SystemStatus.class.getClassLoader()));
        var keys = keyCustody.masterKeys();
        String current = keys.current().id();
        List<String> previous =
                keys.ids().stream().filter(id -> !id.equals(current)).toList();
        return new Report(
                Instant.now(),
                database,
                schema.orElse(""),
                identityProviderUp(),
                ehrChecks(),
                applicationVersion(),
                Runtime.version().toString(),
                queue(imports.board().runningSince()),
                queue(generations.runningSince()),
                ai.enabled(),
                ai.enabled() ? ai.model() + " @ " + hostOf(ai.baseUrl()) : "",
                current,
                previous,
                database ? dataKeysNotUnder(current) : -1);
    }

    private boolean databaseUp() {
        try {
            entityManager.createNativeQuery("select count(*) from user_account").getSingleResult();
            return true;
        } catch (RuntimeException down) {
            return false;
        }
    }

    /** The latest migration Flyway applied (its table and columns are quoted lower-case names, as Flyway makes them). */
    private Optional<String> schemaVersion() {
        try {
            Object version = entityManager
                    .createNativeQuery("select \"version\" from \"flyway_schema_history\" where \"installed_rank\" ="
                            + " (select max(\"installed_rank\") from \"flyway_schema_history\""
                            + " where \"success\" = true and \"version\" is not null)")
                    .getSingleResult();
            return Optional.ofNullable(version).map(String::valueOf);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private long dataKeysNotUnder(String masterKeyId) {
        return ((Number) entityManager
                        .createNativeQuery("select count(*) from patient_data_key where master_key_id <> ?1")
                        .setParameter(1, masterKeyId)
                        .getSingleResult())
                .longValue();
    }

    private boolean identityProviderUp() {
        try {
            identityProvider.client().clinicians();
            return true;
        } catch (IdentityProviderProblem down) {
            return false;
        }
    }

    private List<Check> ehrChecks() {
        var checks = new ArrayList<Check>();
        for (RegisteredEhr ehr : smartLaunches.registeredEhrs().all()) {
            URI discovery = URI.create(ehr.iss() + "/.well-known/smart-configuration");
            try {
                int status = http.send(
                                HttpRequest.newBuilder(discovery)
                                        .timeout(PROBE_TIMEOUT)
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                checks.add(new Check(ehr.name(), status == 200, "HTTP " + status));
            } catch (IOException unreachable) {
                checks.add(new Check(ehr.name(), false, unreachable.getClass().getSimpleName()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                checks.add(new Check(ehr.name(), false, "interrupted"));
            }
        }
        return checks;
    }

    private static Queue queue(List<Instant> runningSince) {
        return new Queue(runningSince.size(), runningSince.isEmpty() ? null : runningSince.getFirst());
    }

    private static String applicationVersion() {
        String version = SystemStatus.class.getPackage().getImplementationVersion();
        return version == null ? "" : version;
    }

    private static String hostOf(String url) {
        try {
            return URI.create(url).getHost();
        } catch (RuntimeException unreadable) {
            return "";
        }
    }
}
