package org.visitprep.record.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.visitprep.crypto.HealthDataCipher;
import org.visitprep.database.OnEachDatabase;
import org.visitprep.database.TestDatabase;
import org.visitprep.record.Coding;
import org.visitprep.record.ConditionDetail;
import org.visitprep.record.Imports;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.RecordEntry;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.reading.SourceKind;

/**
 * The stored rows, read with plain JDBC as anyone with access to the database would: no code, display, unit, value,
 * name or file name of the imported record appears in any column, as text or as bytes, nor in what any column would
 * inflate to.
 */
class SealedAtRestTest {

    @OnEachDatabase
    void noHealthDataIsReadableInTheStoredRows(TestDatabase database) throws SQLException {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        ImportResult read = Imports.imported(Imports.file(StoredRecordTest.ALI, SourceKind.FHIR));
        assertEquals(
                ImportState.DONE,
                store.importFile(patient, StoredRecordTest.ALI).state());
        assertEquals(
                ImportState.REFUSED,
                store.importBytes(
                                patient,
                                "Ali_Herman_notes.json",
                                "{\"resourceType\":\"Observation\",\"status\":\"Hemoglobin A1c 6.37 mg/dL\"}"
                                        .getBytes(UTF_8))
                        .state());
        List<String> needles = healthDataOf(read);

        List<byte[]> values = new ArrayList<>();
        for (String table : List.of("record_entry", "record_import", "patient_record")) {
            values.addAll(columnValues(database, table, patient));
        }

        assertTrue(values.size() > read.entries().size() * 10, "every column of every row is read");
        var search = new NeedleSearch(needles);
        byte[] clearOriginal = read.entries().getFirst().original().json();
        assertTrue(search.firstIn(clearOriginal).isPresent(), "the search finds health data in clear");
        assertTrue(
                search.firstIn(inflatedAnywhere(
                                OriginalFormat.write(read.entries().getFirst().original())))
                        .isPresent(),
                "the search finds health data deflated");
        for (byte[] value : values) {
            search.firstIn(value)
                    .or(() -> search.firstIn(inflatedAnywhere(value)))
                    .ifPresent(needle -> fail("a stored column holds health data in clear: " + needle));
        }
    }

    /** Codes, displays, units, values, names and the file name, each long enough not to occur by chance. */
    private static List<String> healthDataOf(ImportResult read) {
        Set<String> needles = new LinkedHashSet<>(
                List.of("4548-4", "Hemoglobin", "mg/dL", "Herman", "Ali_Herman", "Observation-", "http://loinc.org"));
        for (RecordEntry entry : read.entries()) {
            if (entry.detail() instanceof ObservationDetail observation && observation.quantity() != null) {
                String value = observation.quantity().value().toPlainString();
                if (value.length() >= 6) {
                    needles.add(value);
                }
            }
            if (entry.detail() instanceof ConditionDetail condition) {
                condition.code().codings().stream()
                        .map(Coding::display)
                        .filter(d -> d != null && d.length() >= 6)
                        .forEach(needles::add);
            }
        }
        needles.add("6.37 mg/dL");
        assertTrue(needles.size() > 20, "enough values to look for");
        return List.copyOf(needles);
    }

    private static List<byte[]> columnValues(TestDatabase database, String table, UUID patient) throws SQLException {
        List<byte[]> values = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select * from " + table + " where patient_id = ?")) {
            select.setObject(1, patient);
            try (ResultSet rows = select.executeQuery()) {
                ResultSetMetaData columns = rows.getMetaData();
                while (rows.next()) {
                    for (int column = 1; column <= columns.getColumnCount(); column++) {
                        byte[] binary = isBinary(columns.getColumnType(column)) ? rows.getBytes(column) : null;
                        String text = rows.getString(column);
                        if (binary != null) {
                            values.add(binary);
                        }
                        if (text != null) {
                            values.add(text.getBytes(UTF_8));
                        }
                    }
                }
            }
        }
        return values;
    }

    private static boolean isBinary(int sqlType) {
        return sqlType == java.sql.Types.BINARY
                || sqlType == java.sql.Types.VARBINARY
                || sqlType == java.sql.Types.LONGVARBINARY
                || sqlType == java.sql.Types.BLOB;
    }

    /**
     * What the value inflates to when read as DEFLATE data from where a plain deflated original would start (after
     * the original's header, or after the sealed header and nonce); empty when it does not inflate.
     */
    private static byte[] inflatedAnywhere(byte[] value) {
        var all = new ByteArrayOutputStream();
        for (int offset : new int[] {0, 6, HealthDataCipher.OVERHEAD - 16, HealthDataCipher.OVERHEAD - 16 + 6}) {
            if (offset >= value.length) {
                continue;
            }
            Inflater inflater = new Inflater(true);
            inflater.setInput(value, offset, value.length - offset);
            byte[] buffer = new byte[64 * 1024];
            try {
                int n;
                while ((n = inflater.inflate(buffer)) > 0) {
                    all.write(buffer, 0, n);
                }
            } catch (DataFormatException notDeflated) {
                // sealed bytes are not DEFLATE data: nothing to look into
            } finally {
                inflater.end();
            }
        }
        return all.toByteArray();
    }

    /** Finds any of many needles in one pass, by a hash of each position's first bytes. */
    private static final class NeedleSearch {

        private static final int PREFIX = 5;

        private final Map<Long, List<byte[]>> byPrefix = new HashMap<>();

        NeedleSearch(List<String> needles) {
            for (String needle : needles) {
                byte[] bytes = needle.getBytes(UTF_8);
                assertTrue(bytes.length >= PREFIX, "a needle long enough not to occur by chance: " + needle);
                byPrefix.computeIfAbsent(prefix(bytes, 0), key -> new ArrayList<>())
                        .add(bytes);
            }
        }

        Optional<String> firstIn(byte[] haystack) {
            for (int i = 0; i + PREFIX <= haystack.length; i++) {
                List<byte[]> candidates = byPrefix.get(prefix(haystack, i));
                if (candidates != null) {
                    for (byte[] needle : candidates) {
                        if (i + needle.length <= haystack.length
                                && Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                            return Optional.of(new String(needle, UTF_8));
                        }
                    }
                }
            }
            return Optional.empty();
        }

        private static long prefix(byte[] bytes, int at) {
            long key = 0;
            for (int i = 0; i < PREFIX; i++) {
                key = key << 8 | (bytes[at + i] & 0xFF);
            }
            return key;
        }
    }
}
