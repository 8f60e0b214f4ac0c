package org.visitprep.record.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.util.concurrent.Executor;
import org.visitprep.record.person.SourcePeople;
import org.visitprep.record.reading.ImportLimits;
import org.visitprep.record.reading.ImportProgress;
import org.visitprep.record.reading.ImportSource;
import org.visitprep.record.reading.ReadEntries;
import org.visitprep.record.reading.RecordReader;
import org.visitprep.record.reading.SourceBytes;
import org.visitprep.record.reading.SourceRejected;

/**
 * Reads a FHIR R4 file, JSON or XML (told apart by its first character), into record entries, and tells whom it is
 * about from its Patient resources and the patients its resources refer to ({@link SourcePeople#ofFhir}).
 *
 * <p>Thread-safe; create one and share it, since its {@link FhirContext} is costly to build. Parsing runs on the
 * calling thread plus up to {@code threads - 1} helpers from the executor: in a Jakarta EE server, give it the
 * server's managed executor.
 */
public final class FhirRecordReader implements RecordReader {

    private final FhirJsonReader json;
    private final FhirXmlReader xml;

    public FhirRecordReader(FhirContext context, Executor executor, int threads) {
        this.json = new FhirJsonReader(context, executor, Math.max(1, threads));
        this.xml = new FhirXmlReader(context);
    }

    @Override
    public ReadEntries read(ImportSource source, ImportLimits limits, ImportProgress progress) throws SourceRejected {
        byte[] file = SourceBytes.readAll(source, limits, progress);
        ReadEntries read = startsLikeXml(file)
                ? xml.read(source, file, limits, progress)
                : json.read(source, file, limits, progress);
        return new ReadEntries(
                read.formatLabel(), read.entries(), read.itemsLeftOut(), SourcePeople.ofFhir(read.entries()));
    }

    private static boolean startsLikeXml(byte[] file) {
        for (int i = 0; i < file.length; i++) {
            byte b = file[i];
            if (b == '<') {
                return true;
            }
            boolean skippable = b == ' '
                    || b == '\t'
                    || b == '\r'
                    || b == '\n'
                    || (i < 3 && (b & 0xFF) >= 0xEF); // a UTF-8 byte order mark
            if (!skippable) {
                return false;
            }
        }
        return false;
    }
}
