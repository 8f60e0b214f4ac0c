package org.visitprep.record.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.hl7.fhir.r4.model.Bundle;
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
import org.visitprep.record.reading.SafeXml;
import org.visitprep.record.reading.SourceRejected;

/**
 * Reads FHIR R4 XML: a single resource or a Bundle, parsed once. A hardened StAX reader reads the prolog up to the
 * root element, refusing any DOCTYPE (the only place one may stand, so no entity of any kind reaches HAPI's parser)
 * and a root outside FHIR's namespace; then HAPI parses the file, streaming from its bytes (no second copy as text).
 * Only when HAPI fails does the hardened reader go through the whole file, to say where the XML is malformed.
 *
 * <p>Each resource's original is HAPI's JSON encoding of it (see
 * {@link OriginalResource.Representation#FROM_XML}): a fragment of the XML would not stand alone (its namespace
 * is declared on the root), and one representation for all originals keeps tracing simple.
 */
final class FhirXmlReader {

    private static final String FHIR_NAMESPACE = "http://hl7.org/fhir";

    private final FhirContext context;
    private final EntryAssembler assembler = new EntryAssembler();

    FhirXmlReader(FhirContext context) {
        this.context = context;
    }

    ReadEntries read(ImportSource source, byte[] file, ImportLimits limits, ImportProgress progress)
            throws SourceRejected {
        String fileName = source.fileName();
        String rootName = checkProlog(file, fileName);
        ProblemList problems = new ProblemList(fileName, limits);
        if (!context.getResourceTypes().contains(rootName)) {
            problems.add(EntryAssembler.unknownType(rootName, ProblemLocation.atPath(fileName, rootName)));
            problems.rejectIfAny();
        }
        ParseFindings rootFindings = new ParseFindings(ProblemLocation.atPath(fileName, rootName));
        IParser parser = context.newXmlParser();
        parser.setParserErrorHandler(rootFindings);
        parser.setOverrideResourceIdWithBundleEntryFullUrl(false);
        Resource root;
        try {
            root = (Resource) parser.parseResource(new ByteArrayInputStream(file));
        } catch (DataFormatException e) {
            readThrough(file, fileName);
            throw new SourceRejected(EntryAssembler.unparseable(rootFindings, e).problems());
        }
        List<Resource> resources = new ArrayList<>();
        List<String> fullUrls = new ArrayList<>();
        List<Integer> entryIndexes = new ArrayList<>();
        if (root instanceof Bundle bundle) {
            String type = bundle.hasType() ? bundle.getType().toCode() : null;
            if (type == null || !FhirJsonReader.RECORD_BUNDLE_TYPES.contains(type)) {
                problems.add(ImportProblem.of(
                        ProblemCode.UNSUPPORTED_BUNDLE_TYPE,
                        ProblemLocation.atPath(fileName, "Bundle.type"),
                        String.valueOf(type)));
            }
            for (int i = 0; i < bundle.getEntry().size(); i++) {
                var entry = bundle.getEntry().get(i);
                if (entry.hasResource()) {
                    resources.add(entry.getResource());
                    fullUrls.add(entry.hasFullUrl() ? entry.getFullUrl() : null);
                    entryIndexes.add(i);
                }
            }
        } else {
            resources.add(root);
            fullUrls.add(null);
            entryIndexes.add(-1);
        }
        problems.addAll(rootFindings.problems());
        problems.rejectIfAny();

        IParser json = context.newJsonParser();
        List<byte[]> originals = new ArrayList<>(resources.size());
        List<BundleRules.Header> headers = new ArrayList<>(resources.size());
        for (int i = 0; i < resources.size(); i++) {
            Resource resource = resources.get(i);
            byte[] original = json.encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
            originals.add(original);
            String id = resource.getIdElement().hasIdPart()
                    ? resource.getIdElement().getIdPart()
                    : null;
            EntryIdentity identity =
                    EntryIdentities.of(fullUrls.get(i), resource.fhirType(), id, source.sourceSystem(), () -> original);
            headers.add(
                    new BundleRules.Header(i, entryIndexes.get(i), fullUrls.get(i), resource.fhirType(), id, identity));
        }
        List<Integer> kept = BundleRules.apply(
                headers, (a, b) -> java.util.Arrays.equals(originals.get(a), originals.get(b)), fileName, problems);
        problems.rejectIfAny();

        MedicationCodes medications = new MedicationCodes();
        RecordEntry[] entries = new RecordEntry[kept.size()];
        String[] unresolved = new String[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            int position = kept.get(i);
            BundleRules.Header header = headers.get(position);
            String path = entryIndexes.get(position) < 0
                    ? header.label()
                    : "entry[" + entryIndexes.get(position) + "].resource (" + header.label() + ")";
            var assembled = assembler.assemble(
                    resources.get(position),
                    new ParseFindings(ProblemLocation.atPath(fileName, path)),
                    header.identity(),
                    fullUrls.get(position),
                    header.id(),
                    OriginalResource.wrap(originals.get(position), OriginalResource.Representation.FROM_XML),
                    medications);
            problems.addAll(assembled.problems());
            entries[i] = assembled.entry();
            unresolved[i] = assembled.unresolvedMedication();
            progress.entriesDone(i + 1, kept.size());
        }
        problems.rejectIfAny();
        medications.resolveAll(entries, unresolved);
        String label = root instanceof Bundle bundle
                ? "FHIR R4 XML Bundle (" + bundle.getType().toCode() + ")"
                : "FHIR R4 XML " + root.fhirType();
        return new ReadEntries(label, List.of(entries), 0);
    }

    /** Reads the prolog and the root element through the hardened reader; returns the root element's name. */
    private static String checkProlog(byte[] file, String fileName) throws SourceRejected {
        return read(file, fileName, true);
    }

    /** Reads the whole file through the hardened reader, to refuse malformed XML with its line and column. */
    private static void readThrough(byte[] file, String fileName) throws SourceRejected {
        read(file, fileName, false);
    }

    private static String read(byte[] file, String fileName, boolean stopAtRoot) throws SourceRejected {
        String rootName = null;
        XMLStreamReader reader = null;
        try {
            reader = SafeXml.reader(new ByteArrayInputStream(file), SafeXml.Doctype.REFUSE);
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    SafeXml.checkDoctype(reader, SafeXml.Doctype.REFUSE, SafeXml.locationOf(reader, fileName));
                } else if (event == XMLStreamConstants.START_ELEMENT && rootName == null) {
                    rootName = reader.getLocalName();
                    if (!FHIR_NAMESPACE.equals(reader.getNamespaceURI())) {
                        throw new SourceRejected(ImportProblem.of(
                                ProblemCode.UNEXPECTED_XML_ROOT,
                                SafeXml.locationOf(reader, fileName),
                                reader.getName().toString(),
                                "{" + FHIR_NAMESPACE + "}Bundle"));
                    }
                    if (stopAtRoot) {
                        return rootName;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new SourceRejected(SafeXml.malformed(e, fileName));
        } finally {
            closeQuietly(reader);
        }
        if (rootName == null) {
            throw new SourceRejected(ImportProblem.of(ProblemCode.EMPTY_FILE, ProblemLocation.inFile(fileName)));
        }
        return rootName;
    }

    private static void closeQuietly(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // Nothing was written; a failed close leaves nothing behind.
            }
        }
    }
}
