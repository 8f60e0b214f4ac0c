package org.visitprep.record.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.visitprep.record.AllergyDetail;
import org.visitprep.record.Coding;
import org.visitprep.record.Concept;
import org.visitprep.record.ConditionDetail;
import org.visitprep.record.DiagnosticReportDetail;
import org.visitprep.record.EncounterDetail;
import org.visitprep.record.EntryDetail;
import org.visitprep.record.FinancialDetail;
import org.visitprep.record.ImmunizationDetail;
import org.visitprep.record.MedicationDetail;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.OriginalResource;
import org.visitprep.record.OtherDetail;
import org.visitprep.record.PatientDetail;
import org.visitprep.record.ProcedureDetail;
import org.visitprep.record.RecordEntry;

/**
 * The values that the blind indexes of an entry are computed from. Each is qualified by what it is, so that a code
 * and a category that happen to be written alike never share an index.
 *
 * <p>The <em>primary code</em> of an entry is the coding that a series is looked up by: for an observation its LOINC
 * coding when it has one, else its first coding; for other kinds the first coding of their main concept (the
 * condition, the medicine, the vaccine...). Changing these rules changes the indexes: stored rows would need to be
 * indexed again.
 */
final class EntryIndexes {

    private EntryIndexes() {}

    static String identity(RecordEntry entry) {
        return "entry.identity|" + entry.identity().key();
    }

    /** Tells whether a later import brings another version of the entry: a hash of the original resource. */
    static String content(OriginalResource original) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((byte) original.representation().ordinal());
            try (InputStream in = original.openStream()) {
                in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), sha256));
            }
            return "entry.content|" + HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException("bytes in memory could not be read", e);
        }
    }

    static String code(Coding coding) {
        return "entry.code|" + (coding.system() == null ? "" : coding.system()) + "|" + coding.code();
    }

    static String category(String category) {
        return "observation.category|" + category;
    }

    /** The primary code of the entry's detail, if it has one. */
    static Optional<Coding> primaryCode(EntryDetail detail) {
        return switch (detail) {
            case ObservationDetail observation -> loincOrFirst(observation.code());
            case ConditionDetail condition -> first(condition.code());
            case MedicationDetail medication -> first(medication.medication());
            case AllergyDetail allergy -> first(allergy.substance());
            case ImmunizationDetail immunization -> first(immunization.vaccine());
            case ProcedureDetail procedure -> first(procedure.code());
            case DiagnosticReportDetail report -> loincOrFirst(report.code());
            case EncounterDetail encounter ->
                encounter.types().stream().findFirst().flatMap(EntryIndexes::first);
            case FinancialDetail financial -> first(financial.type());
            case OtherDetail other -> first(other.code());
            case PatientDetail patient -> Optional.empty();
        };
    }

    /** The categories of an observation; none for other kinds. */
    static List<String> categories(EntryDetail detail) {
        return detail instanceof ObservationDetail observation ? observation.categories() : List.of();
    }

    private static Optional<Coding> loincOrFirst(Concept concept) {
        return concept == null
                ? Optional.empty()
                : concept.codingFrom(Coding.LOINC).or(() -> first(concept));
    }

    private static Optional<Coding> first(Concept concept) {
        return concept == null ? Optional.empty() : concept.codings().stream().findFirst();
    }
}
