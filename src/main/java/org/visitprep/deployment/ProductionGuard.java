package org.visitprep.deployment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start a production deployment that runs on a dev-only demo value or lacks a setting production needs,
 * naming each setting (never its value): the published master key ({@code VISITPREP_CRYPTO_DEV_KEY=true}), the
 * development realm's client secret, the test EHR's registration (its address or its published secret), the demo
 * clinician map, the demo patients, an EHR registered over plain http, and a missing identity provider or client
 * secret. In the {@code dev} profile it lets everything through.
 */
@Singleton
@Startup
public class ProductionGuard {

    private static final Logger LOG = Logger.getLogger(ProductionGuard.class.getName());

    static final String OIDC_PROVIDER = "visitprep.oidc.provider-uri";
    static final String OIDC_SECRET = "visitprep.oidc.client-secret";
    static final String DEV_KEY = "visitprep.crypto.dev-key";
    static final String ADMIN_SECRET = "visitprep.admin.client-secret";
    static final String DEMO_PATIENTS = "visitprep.demo.patients-dir";
    static final String EHR_KEYS = "visitprep.ehr.keys";

    @PostConstruct
    void refuseDevValuesInProduction() {
        DeploymentProfile profile = DeploymentProfile.ofThisProcess();
        var config = ConfigProvider.getConfig(ProductionGuard.class.getClassLoader());
        List<String> refusals = refusals(profile, name -> config.getOptionalValue(name, String.class));
        if (!refusals.isEmpty()) {
            String message =
                    "VisitPrep will not start in the production profile (" + DeploymentProfile.ENVIRONMENT_VARIABLE
                            + "): " + String.join("; ", refusals) + ". On a developer machine, set "
                            + DeploymentProfile.ENVIRONMENT_VARIABLE + "=dev.";
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        LOG.info(() -> "Deployment profile: " + profile.name().toLowerCase(Locale.ROOT));
    }

    /** What keeps a deployment of this profile with these settings from starting; empty when nothing does. */
    static List<String> refusals(DeploymentProfile profile, Function<String, Optional<String>> settings) {
        if (profile.isDev()) {
            return List.of();
        }
        Function<String, Optional<String>> present =
                name -> settings.apply(name).map(String::strip).filter(value -> !value.isEmpty());
        Map<String, String> dev = DevDefaults.published();
        List<String> refusals = new ArrayList<>();
        if (present.apply(DEV_KEY).filter("true"::equalsIgnoreCase).isPresent()) {
            refusals.add(named(DEV_KEY) + " uses the published dev-only master key: set "
                    + named("visitprep.crypto.master-key") + " and " + named("visitprep.crypto.master-key-id"));
        }
        if (present.apply(OIDC_PROVIDER).isEmpty()) {
            refusals.add(named(OIDC_PROVIDER) + " must name the identity provider's realm");
        }
        Optional<String> secret = present.apply(OIDC_SECRET);
        if (secret.isEmpty()) {
            refusals.add(named(OIDC_SECRET) + " must be set");
        } else if (secret.get().equals(dev.get(OIDC_SECRET))) {
            refusals.add(named(OIDC_SECRET) + " is the development realm's published demo secret");
        }
        if (present.apply(ADMIN_SECRET)
                .filter(value -> value.equals(dev.get(ADMIN_SECRET)))
                .isPresent()) {
            refusals.add(named(ADMIN_SECRET) + " is the development realm's published demo secret");
        }
        if (present.apply(DEMO_PATIENTS).isPresent()) {
            refusals.add(named(DEMO_PATIENTS) + " loads demo patients");
        }
        for (String key : ehrKeys(present.apply(EHR_KEYS))) {
            refusals.addAll(ehrRefusals(key, present, dev));
        }
        return refusals;
    }

    private static List<String> ehrRefusals(
            String key, Function<String, Optional<String>> present, Map<String, String> dev) {
        String prefix = "visitprep.ehr." + key + ".";
        List<String> refusals = new ArrayList<>();
        Optional<String> iss = present.apply(prefix + "iss");
        if (iss.isPresent() && iss.get().equals(dev.get("visitprep.ehr.sandbox.iss"))) {
            refusals.add(named(prefix + "iss") + " is the test EHR of the development setup");
        } else if (iss.isPresent() && !iss.get().toLowerCase(Locale.ROOT).startsWith("https://")) {
            refusals.add(named(prefix + "iss") + " must be an https address");
        }
        if (present.apply(prefix + "client-secret")
                .filter(dev.get("visitprep.ehr.sandbox.client-secret")::equals)
                .isPresent()) {
            refusals.add(named(prefix + "client-secret") + " is the test EHR's published demo secret");
        }
        List<String> demoSubjects = Arrays.stream(
                        dev.get("visitprep.ehr.sandbox.clinicians").split(","))
                .map(pair -> pair.substring(pair.indexOf('=') + 1).strip())
                .toList();
        if (present.apply(prefix + "clinicians")
                .filter(map -> demoSubjects.stream().anyMatch(map::contains))
                .isPresent()) {
            refusals.add(named(prefix + "clinicians") + " maps EHR users to the development realm's demo clinicians");
        }
        return refusals;
    }

    private static List<String> ehrKeys(Optional<String> keys) {
        return keys.stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::strip)
                .filter(key -> !key.isEmpty())
                .toList();
    }

    /** A setting as an administrator sets it: its environment variable, then its MicroProfile Config name. */
    static String named(String setting) {
        return setting.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + " (" + setting + ")";
    }
}
