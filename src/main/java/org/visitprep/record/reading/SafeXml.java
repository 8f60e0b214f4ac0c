package org.visitprep.record.reading;

import java.io.InputStream;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers that cannot be turned against the server: no external entity or DTD is ever fetched, entity
 * expansion is capped, and a document declaring any entity is refused outright (neither FHIR XML nor an Apple
 * Health export declares one), which rules out "billion laughs" before a single expansion happens.
 *
 * <p>FHIR XML may carry no document type declaration at all; Apple Health's export.xml carries an internal DTD
 * (element and attribute lists only), which is read and ignored.
 */
public final class SafeXml {

    /** The JDK's processing limits (java.xml module, "jdk.xml.*" properties), set well below their defaults. */
    private static final String ENTITY_EXPANSION_LIMIT = "jdk.xml.entityExpansionLimit";

    private static final String TOTAL_ENTITY_SIZE_LIMIT = "jdk.xml.totalEntitySizeLimit";
    private static final String ENTITY_REPLACEMENT_LIMIT = "jdk.xml.entityReplacementLimit";
    private static final String ENTITIES_PROPERTY = "javax.xml.stream.entities";

    /** Whether a document type declaration is accepted (and ignored) or refused. */
    public enum Doctype {
        ACCEPT_INTERNAL,
        REFUSE
    }

    private SafeXml() {}

    /** A hardened reader; call {@link #checkDoctype} on each {@code DTD} event it reports. */
    public static XMLStreamReader reader(InputStream in, Doctype doctype) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, doctype == Doctype.ACCEPT_INTERNAL);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(ENTITY_EXPANSION_LIMIT, "64");
        factory.setProperty(TOTAL_ENTITY_SIZE_LIMIT, "4096");
        factory.setProperty(ENTITY_REPLACEMENT_LIMIT, "4096");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external content is never fetched: " + systemId);
        });
        return factory.createXMLStreamReader(in);
    }

    /**
     * Refuses a document type declaration where none is allowed, and any that declares entities.
     *
     * @param reader positioned on a {@code DTD} event
     */
    public static void checkDoctype(XMLStreamReader reader, Doctype doctype, ProblemLocation where)
            throws SourceRejected {
        if (reader.getEventType() != XMLStreamConstants.DTD) {
            return;
        }
        if (doctype == Doctype.REFUSE) {
            throw new SourceRejected(ImportProblem.of(ProblemCode.XML_DOCTYPE_NOT_ALLOWED, where));
        }
        Object entities = reader.getProperty(ENTITIES_PROPERTY);
        String text = reader.getText();
        boolean declaresEntities =
                (entities instanceof List<?> list && !list.isEmpty()) || (text != null && text.contains("<!ENTITY"));
        if (declaresEntities) {
            throw new SourceRejected(ImportProblem.of(ProblemCode.XML_ENTITY_DECLARED, where));
        }
    }

    /** Where the reader is, for a problem. */
    public static ProblemLocation locationOf(XMLStreamReader reader, String file) {
        var location = reader.getLocation();
        return location == null
                ? ProblemLocation.inFile(file)
                : ProblemLocation.at(file, location.getLineNumber(), location.getColumnNumber());
    }

    /** The problem for XML that is not well formed (or hit a hardening limit). */
    public static ImportProblem malformed(XMLStreamException e, String file) {
        var location = e.getLocation();
        ProblemLocation where = location == null || location.getLineNumber() < 0
                ? ProblemLocation.inFile(file)
                : ProblemLocation.at(file, location.getLineNumber(), location.getColumnNumber());
        String reason = e.getMessage() == null ? "" : e.getMessage();
        int detail = reason.indexOf("Message: ");
        return ImportProblem.of(ProblemCode.MALFORMED_XML, where, detail >= 0 ? reason.substring(detail + 9) : reason);
    }
}
