package org.visitprep.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.visitprep.identity.AccountService;
import org.visitprep.identity.Role;
import org.visitprep.identity.SignIn;
import org.visitprep.record.reading.SourceKind;
import org.visitprep.record.storage.ImportAlreadyRunning;
import org.visitprep.record.storage.RecordImportService;

/**
 * Gives the demo patients of the development realm their records when the demo is switched on
 * ({@code visitprep.demo.patients-dir}, as the run command does): each one's Synthea record from the test EHR's
 * population, and for Alice sixty days of wellness data ending today; and the demo clinicians and their practice
 * ({@link DemoCareTeam}). A patient who already has imports is left as they are, so restarts add nothing. The loader
 * runs before anyone signs in, so each demo record's person is the one its Synthea file describes (the run command's
 * files name Alice "Alice Tessa Wiza", whom the realm's "Alice Wiza" matches; see the README's one person per record).
 *
 * <p>Loading runs in the background; {@link DemoReadiness} reports the portal not ready until it is done.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoPopulation {

    static final String PATIENTS_DIR_KEY = "visitprep.demo.patients-dir";
    private static final Logger LOG = Logger.getLogger(DemoPopulation.class.getName());
    private static final int WELLNESS_DAYS = 60;

    @EJB
    private AccountService accounts;

    @EJB
    private RecordImportService imports;

    @EJB
    private DemoCareTeam careTeam;

    @Resource
    private ManagedExecutorService executor;

    private volatile boolean loaded;
    private volatile boolean failed;

    @PostConstruct
    void loadInBackground() {
        Optional<Path> folder = ConfigProvider.getConfig(DemoPopulation.class.getClassLoader())
                .getOptionalValue(PATIENTS_DIR_KEY, String.class)
                .filter(value -> !value.isBlank())
                .map(Path::of);
        if (folder.isEmpty()) {
            loaded = true;
            return;
        }
        executor.submit(() -> {
            try {
                load(folder.get());
            } catch (RuntimeException | IOException e) {
                failed = true;
                LOG.log(Level.SEVERE, "The demo population could not be loaded", e);
            } finally {
                loaded = true;
            }
        });
    }

    /** Whether the demo patients have their records, or the demo is off. */
    public boolean isLoaded() {
        return loaded && !failed;
    }

    /** Whether loading ended in failure (the log says why). */
    public boolean hasFailed() {
        return failed;
    }

    private void load(Path folder) throws IOException {
        careTeam.register();
        for (DemoPatient patient : DemoPatient.values()) {
            Path file = folder.resolve(patient.fileName());
            if (!Files.isRegularFile(file)) {
                LOG.warning(() -> "No demo record for " + patient + " in " + folder);
                continue;
            }
            UUID account = accounts.recordSignIn(new SignIn(patient.subject(), patient.displayName(), Role.PATIENT));
            if (!imports.imports(account).isEmpty()) {
                continue;
            }
            importFile(account, file, patient.fileName(), SourceKind.FHIR);
            if (patient.keepsAWellnessDiary()) {
                importWellness(account, patient);
            }
            LOG.info(() -> "Demo patient " + patient + " has a record");
        }
    }

    private void importWellness(UUID account, DemoPatient patient) throws IOException {
        var diary = new WellnessDiary(patient.ordinal() + 1L, LocalDate.now(ZoneOffset.UTC), WELLNESS_DAYS, 165, 78);
        Path export = Files.createTempFile("visitprep-demo", ".xml");
        Path nutrition = Files.createTempFile("visitprep-demo", ".csv");
        try {
            Files.write(export, diary.appleHealthExport());
            Files.write(nutrition, diary.nutritionDiary());
            importFile(account, export, "export.xml", SourceKind.APPLE_HEALTH);
            importFile(account, nutrition, "MyFitnessPal nutrition.csv", SourceKind.NUTRITION_CSV);
        } finally {
            for (Path written : List.of(export, nutrition)) {
                Files.deleteIfExists(written);
            }
        }
    }

    private void importFile(UUID account, Path file, String name, SourceKind kind) {
        try {
            var status = imports.importNow(account, file, name, kind);
            // the kind of file, not its name: the demo files are named after the people whose records they are
            LOG.info(() -> "Demo import of a " + kind + " file: " + status.state());
        } catch (ImportAlreadyRunning e) {
            LOG.warning(() -> "A demo import of a " + kind + " file was skipped: another import is running");
        }
    }
}
