package org.visitprep.record.storage;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

/** A patient asked for an import while one of theirs is still running; imports of one patient run one at a time. */
public class ImportAlreadyRunning extends Exception {

    private static final long serialVersionUID = 1L;

    private final UUID runningImportId;

    public ImportAlreadyRunning(UUID runningImportId) {
        super("An import is already running for this patient: " + runningImportId);
        this.runningImportId = runningImportId;
    }

    /** The import still running, whose progress the patient can follow instead. */
    public UUID runningImportId() {
        return runningImportId;
    }

    /** What to tell the patient, in their language. */
    public String message(Locale locale) {
        return ResourceBundle.getBundle(
                        "org.visitprep.record.storage.ImportMessages",
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("import.already.running");
    }
}
