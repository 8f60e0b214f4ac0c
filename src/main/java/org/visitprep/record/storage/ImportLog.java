package org.visitprep.record.storage;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.record.reading.SourceKind;

/**
 * The finished imports of one patient, as stored in {@code record_import}, their reports opened. Every query
 * filters by the patient: an import of another patient is not found.
 */
final class ImportLog {

    private final UUID patientId;
    private final EntityManager entityManager;
    private final Optional<RecordCipher> cipher;

    ImportLog(UUID patientId, EntityManager entityManager, Optional<RecordCipher> cipher) {
        this.patientId = patientId;
        this.entityManager = entityManager;
        this.cipher = cipher;
    }

    /** The patient's finished imports, the latest first. */
    List<ImportStatus> all() {
        if (cipher.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery(
                        "select i from RecordImport i where i.patientId = :patient"
                                + " order by i.startedAt desc, i.id",
                        RecordImport.class)
                .setParameter("patient", patientId)
                .getResultStream()
                .map(this::status)
                .toList();
    }

    Optional<ImportStatus> find(UUID importId) {
        if (cipher.isEmpty()) {
            return Optional.empty();
        }
        return entityManager
                .createQuery(
                        "select i from RecordImport i where i.id = :id and i.patientId = :patient", RecordImport.class)
                .setParameter("id", importId)
                .setParameter("patient", patientId)
                .getResultStream()
                .findFirst()
                .map(this::status);
    }

    /**
     * Says where an import's entries came from, e.g. "FHIR file labs.json", or the name of the records system (EHR)
     * they were pulled from.
     */
    static String sourceLabel(SourceKind kind, ImportReport report) {
        String fileName = report.fileName();
        if (report.fromRecordsSystem()) {
            return fileName;
        }
        return switch (kind) {
            case FHIR -> "FHIR file " + fileName;
            case APPLE_HEALTH -> "Apple Health export " + fileName;
            case NUTRITION_CSV -> "Nutrition diary " + fileName;
            case DETECT -> fileName;
        };
    }

    ImportReport report(RecordImport row) {
        return ImportReport.fromJson(cipher.orElseThrow().openReport(row.id(), row.reportSealed()));
    }

    private ImportStatus status(RecordImport row) {
        ImportReport report = report(row);
        ImportCounts counts = row.counts();
        var progress = new ImportProgressFigures(
                0,
                -1,
                counts.read(),
                counts.read(),
                counts.added() + counts.updated(),
                counts.added() + counts.updated());
        return new ImportStatus(
                row.id(),
                row.patientId(),
                row.state(),
                row.sourceKind(),
                report.fileName(),
                report.formatLabel(),
                row.startedAt().toInstant(),
                row.finishedAt().toInstant(),
                progress,
                counts,
                report.countsByKind(),
                report.problems());
    }
}
