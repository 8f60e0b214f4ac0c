package org.visitprep.ehr.sandbox;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.visitprep.ehr.sandbox.clinic.SandboxClinic;
import org.visitprep.ehr.sandbox.config.SandboxSettings;
import org.visitprep.ehr.sandbox.launch.LaunchContexts;
import org.visitprep.ehr.sandbox.record.Encounters;
import org.visitprep.ehr.sandbox.record.PatientRecords;
import org.visitprep.ehr.sandbox.record.SyntheaBundles;
import org.visitprep.ehr.sandbox.smart.AuthorizationServer;
import org.visitprep.ehr.sandbox.smart.RegisteredClient;
import org.visitprep.ehr.sandbox.smart.SigningKey;

/** The sandbox's services, built once at start-up and shared by every servlet through the servlet context. */
public record Sandbox(
        SandboxSettings settings,
        FhirContext fhirContext,
        PatientRecords records,
        Encounters encounters,
        LaunchContexts launches,
        SigningKey signingKey,
        AuthorizationServer authorizationServer) {

    private static final Logger LOG = Logger.getLogger(Sandbox.class.getName());
    private static final String ATTRIBUTE = Sandbox.class.getName();

    /** Builds the services and loads the clinic and the patients. */
    public static Sandbox start(SandboxSettings settings, Clock clock) {
        FhirContext fhir = FhirContext.forR4Cached();
        PatientRecords records = new PatientRecords();
        SandboxClinic.resources().forEach(records::addClinicResource);
        settings.patientsDirectory()
                .ifPresentOrElse(
                        folder -> loadPatients(fhir, folder, records),
                        () -> LOG.warning("ehr.patients.dir (EHR_PATIENTS_DIR) is not set: serving no patients"));
        LaunchContexts launches = new LaunchContexts(settings.lifetimes().launch(), clock);
        SigningKey signingKey =
                settings.signingKeyFile().map(SigningKey::keptIn).orElseGet(SigningKey::generate);
        SandboxSettings.ClientSettings portal = settings.portalClient();
        AuthorizationServer authorizationServer = new AuthorizationServer(
                settings.fhirBaseUrl(),
                List.of(new RegisteredClient(portal.clientId(), portal.secret(), portal.redirectUris())),
                signingKey,
                settings.lifetimes(),
                launches,
                clock);
        return new Sandbox(
                settings, fhir, records, new Encounters(records, clock), launches, signingKey, authorizationServer);
    }

    public static Sandbox from(ServletContext context) {
        if (context.getAttribute(ATTRIBUTE) instanceof Sandbox sandbox) {
            return sandbox;
        }
        throw new IllegalStateException("The EHR sandbox did not start; see the start-up log");
    }

    void publishIn(ServletContext context) {
        context.setAttribute(ATTRIBUTE, this);
    }

    private static void loadPatients(FhirContext fhir, Path folder, PatientRecords records) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("ehr.patients.dir (EHR_PATIENTS_DIR) is not a folder: " + folder);
        }
        long start = System.nanoTime();
        try {
            int loaded = new SyntheaBundles(fhir).loadFolder(folder, records);
            LOG.info(() -> "Loaded %d patients from %s in %d ms"
                    .formatted(loaded, folder, (System.nanoTime() - start) / 1_000_000));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the patients folder " + folder, e);
        }
    }
}
