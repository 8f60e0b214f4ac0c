package org.visitprep.record.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import java.util.List;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Resource;
import org.visitprep.record.EntryIdentity;
import org.visitprep.record.OriginalResource;
import org.visitprep.record.RecordEntry;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.ProblemCode;

/**
 * Makes the record entry of one parsed resource, or the problems that keep it from being one. Shared by the JSON
 * and XML readers; thread-safe.
 */
final class EntryAssembler {

    /** The outcome for one resource: an entry (with the Medication it still refers to) or problems. */
    record Assembled(RecordEntry entry, String unresolvedMedication, List<ImportProblem> problems) {}

    private final ResourceNormalizer normalizer = new ResourceNormalizer();

    Assembled assemble(
            Resource resource,
            ParseFindings findings,
            EntryIdentity identity,
            String fullUrl,
            String resourceId,
            OriginalResource original,
            MedicationCodes medications) {
        for (String element : RequiredElements.missingIn(resource)) {
            findings.missingRequiredElement(null, element);
        }
        if (findings.any()) {
            return new Assembled(null, null, findings.problems());
        }
        if (resource instanceof Medication medication) {
            medications.remember(medication, fullUrl, resourceId);
        }
        NormalizedResource normalized = normalizer.normalize(resource);
        RecordEntry entry = new RecordEntry(
                identity,
                resource.fhirType(),
                resourceId,
                fullUrl,
                normalized.kind(),
                normalized.effective(),
                normalized.detail(),
                normalized.references(),
                original);
        return new Assembled(entry, normalized.unresolvedMedication(), List.of());
    }

    static Assembled unparseable(ParseFindings findings, DataFormatException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^HAPI-\\d+: ", "");
        findings.invalidValue(null, "", reason);
        return new Assembled(null, null, findings.problems());
    }

    /** The problem of a resource type R4 does not define: an older version's, or unknown. */
    static ImportProblem unknownType(String resourceType, org.visitprep.record.reading.ProblemLocation where) {
        return LegacyFhirVersion.ofRemovedType(resourceType)
                .map(v -> ImportProblem.of(ProblemCode.OLDER_FHIR_VERSION, where, v.version(), v.evidence()))
                .orElseGet(() -> ImportProblem.of(ProblemCode.UNKNOWN_RESOURCE_TYPE, where, resourceType));
    }
}
