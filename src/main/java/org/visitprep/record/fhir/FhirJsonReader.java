package org.visitprep.record.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.hl7.fhir.r4.model.Resource;
import org.visitprep.record.EntryIdentity;
import org.visitprep.record.OriginalResource;
import org.visitprep.record.RecordEntry;
import org.visitprep.record.reading.ImportLimits;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.ImportProgress;
import org.visitprep.record.reading.ImportSource;
import org.visitprep.record.reading.ProblemCode;
import org.visitprep.record.reading.ProblemList;
import org.visitprep.record.reading.ProblemLocation;
import org.visitprep.record.reading.ReadEntries;
import org.visitprep.record.reading.SourceRejected;

/**
 * Reads FHIR R4 JSON: a single resource or a Bundle. The file is split into its resources by a streaming scan that
 * keeps each one's exact bytes, then the resources are parsed by HAPI and normalized in parallel, a few dozen per
 * task; nothing holds the HAPI model of more than one resource per thread at a time.
 */
final class FhirJsonReader {

    /** Bundle types that carry resources of a record (http://hl7.org/fhir/R4/valueset-bundle-type.html). */
    static final Set<String> RECORD_BUNDLE_TYPES = Set.of(
            "collection", "document", "searchset", "transaction", "batch", "transaction-response", "batch-response");

    private static final int RESOURCES_PER_TASK = 64;
    private static final ObjectMapper TREES = new ObjectMapper();

    private final FhirContext context;
    private final Executor executor;
    private final int threads;
    private final EntryAssembler assembler = new EntryAssembler();

    FhirJsonReader(FhirContext context, Executor executor, int threads) {
        this.context = context;
        this.executor = executor;
        this.threads = threads;
    }

    ReadEntries read(ImportSource source, byte[] file, ImportLimits limits, ImportProgress progress)
            throws SourceRejected {
        String fileName = source.fileName();
        ScannedJson scanned = new JsonResourceScanner(limits.maxFileBytes()).scan(file, fileName);
        ProblemList problems = new ProblemList(fileName, limits);
        problems.addAll(scanned.problems());
        checkTypes(scanned, fileName, problems);
        problems.rejectIfAny();

        List<RawResource> raws = scanned.resources();
        List<BundleRules.Header> headers = new ArrayList<>(raws.size());
        EntryIdentity[] identities = new EntryIdentity[raws.size()];
        for (int i = 0; i < raws.size(); i++) {
            RawResource raw = raws.get(i);
            identities[i] = EntryIdentities.of(
                    raw.fullUrl(), raw.resourceType(), raw.id(), source.sourceSystem(), () -> raw.bytesIn(file));
            headers.add(new BundleRules.Header(
                    i, raw.entryIndex(), raw.fullUrl(), raw.resourceType(), raw.id(), identities[i]));
        }
        List<Integer> kept =
                BundleRules.apply(headers, (a, b) -> raws.get(a).sameBytesAs(raws.get(b), file), fileName, problems);
        problems.rejectIfAny();

        RecordEntry[] entries = parseAll(file, fileName, raws, kept, identities, problems, progress);
        problems.rejectIfAny();
        String label = "Bundle".equals(scanned.rootType())
                ? "FHIR R4 JSON Bundle (" + scanned.bundleType() + ")"
                : "FHIR R4 JSON " + scanned.rootType();
        return new ReadEntries(label, List.of(entries), 0);
    }

    private void checkTypes(ScannedJson scanned, String fileName, ProblemList problems) {
        if (scanned.rootType() == null) {
            problems.add(ImportProblem.of(ProblemCode.NO_RESOURCE_TYPE, ProblemLocation.at(fileName, 1, 1)));
            return;
        }
        if ("Bundle".equals(scanned.rootType())) {
            if (scanned.bundleType() == null) {
                problems.add(ImportProblem.of(
                        ProblemCode.MISSING_REQUIRED_ELEMENT, ProblemLocation.atPath(fileName, "type"), "type"));
            } else if (!RECORD_BUNDLE_TYPES.contains(scanned.bundleType())) {
                problems.add(ImportProblem.of(
                        ProblemCode.UNSUPPORTED_BUNDLE_TYPE,
                        ProblemLocation.atPath(fileName, "type"),
                        scanned.bundleType()));
            }
        }
        for (RawResource raw : scanned.resources()) {
            ProblemLocation where = new ProblemLocation(fileName, raw.line(), raw.column(), raw.path());
            if (raw.resourceType() == null) {
                problems.add(ImportProblem.of(ProblemCode.NO_RESOURCE_TYPE, where));
            } else if (!context.getResourceTypes().contains(raw.resourceType())) {
                problems.add(EntryAssembler.unknownType(raw.resourceType(), where));
            }
        }
    }

    private RecordEntry[] parseAll(
            byte[] file,
            String fileName,
            List<RawResource> raws,
            List<Integer> kept,
            EntryIdentity[] identities,
            ProblemList problems,
            ImportProgress progress) {
        int count = kept.size();
        RecordEntry[] entries = new RecordEntry[count];
        String[] unresolved = new String[count];
        @SuppressWarnings("unchecked")
        List<ImportProblem>[] found = new List[count];
        MedicationCodes medications = new MedicationCodes();
        AtomicLong done = new AtomicLong();
        int tasks = (count + RESOURCES_PER_TASK - 1) / RESOURCES_PER_TASK;
        WorkSharing.run(tasks, threads, executor, task -> {
            IParser parser = context.newJsonParser();
            int end = Math.min(count, (task + 1) * RESOURCES_PER_TASK);
            for (int i = task * RESOURCES_PER_TASK; i < end; i++) {
                int position = kept.get(i);
                RawResource raw = raws.get(position);
                var assembled = parseOne(parser, file, fileName, raw, identities[position], medications);
                entries[i] = assembled.entry();
                unresolved[i] = assembled.unresolvedMedication();
                found[i] = assembled.problems();
            }
            progress.entriesDone(done.addAndGet(end - task * RESOURCES_PER_TASK), count);
        });
        for (List<ImportProblem> problemsOfOne : found) {
            problems.addAll(problemsOfOne);
        }
        medications.resolveAll(entries, unresolved);
        return entries;
    }

    private EntryAssembler.Assembled parseOne(
            IParser parser,
            byte[] file,
            String fileName,
            RawResource raw,
            EntryIdentity identity,
            MedicationCodes medications) {
        ProblemLocation where = new ProblemLocation(fileName, raw.line(), raw.column(), raw.path());
        ParseFindings findings = new ParseFindings(where);
        parser.setParserErrorHandler(findings);
        byte[] bytes = raw.bytesIn(file);
        Resource resource;
        try {
            resource = (Resource) parser.parseResource(new String(bytes, StandardCharsets.UTF_8));
        } catch (DataFormatException e) {
            return withVersionVerdict(EntryAssembler.unparseable(findings, e), raw, bytes, where);
        }
        var assembled = assembler.assemble(
                resource,
                findings,
                identity,
                raw.fullUrl(),
                raw.id(),
                OriginalResource.wrap(bytes, OriginalResource.Representation.AS_RECEIVED),
                medications);
        return assembled.entry() == null ? withVersionVerdict(assembled, raw, bytes, where) : assembled;
    }

    /** Replaces the problems of a resource that fails as R4 by one saying its older version, when it shows one. */
    private static EntryAssembler.Assembled withVersionVerdict(
            EntryAssembler.Assembled failed, RawResource raw, byte[] bytes, ProblemLocation where) {
        return olderVersion(raw.resourceType(), bytes)
                .map(v -> new EntryAssembler.Assembled(
                        null,
                        null,
                        List.of(ImportProblem.of(ProblemCode.OLDER_FHIR_VERSION, where, v.version(), v.evidence()))))
                .orElse(failed);
    }

    private static Optional<LegacyFhirVersion.Verdict> olderVersion(String resourceType, byte[] bytes) {
        JsonNode tree;
        try {
            tree = TREES.readTree(bytes);
        } catch (IOException e) {
            return Optional.empty();
        }
        Map<String, LegacyFhirVersion.Shape> elements = new LinkedHashMap<>();
        tree.properties().forEach(field -> elements.put(field.getKey(), shapeOf(field.getValue())));
        List<String> profiles = new ArrayList<>();
        tree.path("meta").path("profile").forEach(p -> profiles.add(p.asText()));
        if (tree.path("fhirVersion").isTextual()) {
            profiles.add(tree.path("fhirVersion").asText());
        }
        return LegacyFhirVersion.ofElements(resourceType, elements, profiles);
    }

    private static LegacyFhirVersion.Shape shapeOf(JsonNode value) {
        if (value.isTextual()) {
            return LegacyFhirVersion.Shape.STRING;
        }
        if (value.isObject()) {
            return LegacyFhirVersion.Shape.OBJECT;
        }
        return value.isArray() ? LegacyFhirVersion.Shape.ARRAY : LegacyFhirVersion.Shape.OTHER;
    }
}
