package org.visitprep.record.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.Resource;
import org.visitprep.record.EntryIdentity;
import org.visitprep.record.OriginalResource;
import org.visitprep.record.RecordEntry;
import org.visitprep.record.reading.ProblemLocation;

/**
 * Turns resources VisitPrep builds itself from non-FHIR sources (Apple Health, nutrition diaries) into record
 * entries, normalized exactly like imported FHIR, with their JSON encoding as original. Not thread-safe: one per
 * read.
 */
public final class GeneratedResources {

    private final IParser json;
    private final EntryAssembler assembler = new EntryAssembler();
    private final MedicationCodes noMedications = new MedicationCodes();

    public GeneratedResources(FhirContext context) {
        this.json = context.newJsonParser();
    }

    /** The entry of a resource built by VisitPrep; its identity says which fact of the source it is. */
    public RecordEntry entryOf(Resource resource, EntryIdentity identity) {
        byte[] original = json.encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
        String id =
                resource.getIdElement().hasIdPart() ? resource.getIdElement().getIdPart() : null;
        var findings = new ParseFindings(ProblemLocation.inFile("generated"));
        var assembled = assembler.assemble(
                resource,
                findings,
                identity,
                null,
                id,
                OriginalResource.wrap(original, OriginalResource.Representation.GENERATED),
                noMedications);
        if (assembled.entry() == null) {
            throw new IllegalStateException("VisitPrep built an invalid " + resource.fhirType() + ": "
                    + assembled.problems().getFirst().code());
        }
        return assembled.entry();
    }
}
