package org.visitprep.web.patient.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import org.visitprep.record.storage.ImportState;
import org.visitprep.record.storage.ImportStatus;
import org.visitprep.record.storage.RecordImportService;
import org.visitprep.web.layout.LanguageSelection;
import org.visitprep.web.security.SignedInPerson;

/**
 * Where the import the page follows stands, read once per request: its progress while it runs, then what came of
 * it. The page polls it until the import has finished, then refreshes the overview.
 */
@Named("importProgress")
@RequestScoped
public class ImportProgressView {

    /** What the overview redraws once an import has finished. */
    static final String[] REDRAWN_WHEN_FINISHED = {"record-form:record-counts", "record-form:import-history"};

    @Inject
    private RecordUpload upload;

    @Inject
    private RecordImportService imports;

    @Inject
    private SignedInPerson signedInPerson;

    @Inject
    private LanguageSelection languageSelection;

    private Optional<ImportStatus> status;

    /** Whether the page follows an import at all. */
    public boolean isShown() {
        return status().isPresent();
    }

    public boolean isRunning() {
        return status().map(s -> !s.isFinished()).orElse(false);
    }

    public boolean isDone() {
        return is(ImportState.DONE);
    }

    /** Refused or failed: nothing was saved. */
    public boolean isUnsaved() {
        return is(ImportState.REFUSED) || is(ImportState.FAILED);
    }

    /** Where the import stands in one word for the page's markup: running, done or unsaved. */
    public String getPhase() {
        if (isRunning()) {
            return "running";
        }
        return isDone() ? "done" : "unsaved";
    }

    public int getPercent() {
        return status().map(ImportStatus::percentDone).orElse(0);
    }

    /** One sentence saying where the import stands or what came of it. */
    public String getSummary() {
        return status().map(s -> s.summary(languageSelection.getLocale())).orElse("");
    }

    /** Why the file was refused, one message per problem. */
    public List<String> getProblems() {
        return status().map(s -> s.problemMessages(languageSelection.getLocale()))
                .orElse(List.of());
    }

    /** The poll's listener: once the import has finished, the counts and the history are drawn again. */
    public void refresh() {
        if (status().map(ImportStatus::isFinished).orElse(false)) {
            PrimeFaces.current().ajax().update(REDRAWN_WHEN_FINISHED);
        }
    }

    private boolean is(ImportState state) {
        return status().map(s -> s.state() == state).orElse(false);
    }

    private Optional<ImportStatus> status() {
        if (status == null) {
            status = upload.followedImportId() == null
                    ? Optional.empty()
                    : imports.status(signedInPerson.patientId(), upload.followedImportId());
        }
        return status;
    }
}
