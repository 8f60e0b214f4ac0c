package org.visitprep.record.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.visitprep.record.reading.ImportSource;
import org.visitprep.record.reading.SourceKind;

/**
 * Tells what a file is from its first bytes, for a person who did not say: a zip or an XML whose root is
 * {@code HealthData} is an Apple Health export; JSON or other XML is FHIR; text whose first line names a
 * {@code Date} and a {@code Calories} column is a nutrition diary. The content decides, never the file name.
 */
final class SourceSniffer {

    private static final int SNIFFED_BYTES = 64 * 1024;

    private SourceSniffer() {}

    /** The kind, or {@link SourceKind#DETECT} when the content matches none. */
    static SourceKind sniff(ImportSource source) throws IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(SNIFFED_BYTES);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return SourceKind.APPLE_HEALTH;
        }
        String text =
                new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (text.startsWith("{")) {
            return SourceKind.FHIR;
        }
        if (text.startsWith("<")) {
            return text.contains("<HealthData") ? SourceKind.APPLE_HEALTH : SourceKind.FHIR;
        }
        int endOfLine = text.indexOf('\n');
        String firstLine = (endOfLine < 0 ? text : text.substring(0, endOfLine)).toLowerCase(Locale.ROOT);
        if (firstLine.contains("date") && firstLine.contains("calories") && firstLine.contains(",")) {
            return SourceKind.NUTRITION_CSV;
        }
        return SourceKind.DETECT;
    }
}
