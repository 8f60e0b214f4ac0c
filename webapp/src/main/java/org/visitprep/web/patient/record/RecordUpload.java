package org.visitprep.web.patient.record;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.visitprep.record.reading.SourceKind;
import org.visitprep.record.storage.ImportAlreadyRunning;
import org.visitprep.record.storage.RecordImportService;
import org.visitprep.web.layout.LanguageSelection;
import org.visitprep.web.security.SignedInPerson;

/**
 * The import on the record overview: what the patient says the file is, and the import it started, which the page
 * then follows ({@link ImportProgressView}). The uploaded bytes go straight to a temporary file that the import takes
 * over; they are never held in memory whole.
 */
@Named
@ViewScoped
public class RecordUpload implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RecordUpload.class.getName());
    private static final int LONGEST_FILE_NAME = 200;

    @Inject
    private RecordImportService imports;

    @Inject
    private SignedInPerson signedInPerson;

    @Inject
    private LanguageSelection languageSelection;

    private SourceKind kind = SourceKind.DETECT;
    private UUID followedImportId;
    private String notice;

    public List<SourceKind> getKinds() {
        return List.of(SourceKind.DETECT, SourceKind.FHIR, SourceKind.APPLE_HEALTH, SourceKind.NUTRITION_CSV);
    }

    public String kindName(SourceKind sourceKind) {
        return new ScreenLanguage(languageSelection.getLocale()).text("upload.kind." + sourceKind.name());
    }

    public SourceKind getKind() {
        return kind;
    }

    public void setKind(SourceKind kind) {
        this.kind = kind == null ? SourceKind.DETECT : kind;
    }

    /** A file arrived: hand it to a background import and follow that import. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        Path received = null;
        try {
            received = Files.createTempFile("visitprep-upload-", ".part");
            try (InputStream bytes = file.getInputStream()) {
                Files.copy(bytes, received, StandardCopyOption.REPLACE_EXISTING);
            }
            followedImportId =
                    imports.startImport(signedInPerson.patientId(), received, nameOf(file.getFileName()), kind);
            notice = null;
        } catch (ImportAlreadyRunning running) {
            deleteQuietly(received);
            followedImportId = running.runningImportId();
            notice = running.message(languageSelection.getLocale());
        } catch (IOException | RuntimeException e) {
            deleteQuietly(received);
            notice = new ScreenLanguage(languageSelection.getLocale()).text("upload.notReceived");
            LOG.warning(() -> "An upload could not be handed to an import: "
                    + e.getClass().getName());
        } finally {
            deleteQuietly(file);
        }
    }

    /** The import this page follows, or null before the first upload. */
    public UUID followedImportId() {
        return followedImportId;
    }

    /** Why the last upload did not start an import of its own, or null. */
    public String getNotice() {
        return notice;
    }

    /** The file's own name, without any folder a browser may send, and of a sensible length. */
    static String nameOf(String submitted) {
        String name = submitted == null ? "" : submitted.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        if (name.isBlank()) {
            return "upload";
        }
        return name.length() > LONGEST_FILE_NAME ? name.substring(0, LONGEST_FILE_NAME) : name;
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warning(() ->
                    "A temporary upload could not be deleted: " + e.getClass().getName());
        }
    }

    private static void deleteQuietly(UploadedFile file) {
        try {
            file.delete();
        } catch (IOException e) {
            LOG.warning(() -> "The container's copy of an upload could not be deleted: "
                    + e.getClass().getName());
        }
    }
}
