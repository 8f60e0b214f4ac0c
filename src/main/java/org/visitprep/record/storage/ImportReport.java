package org.visitprep.record.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.visitprep.record.EntryKind;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.ProblemCode;
import org.visitprep.record.reading.ProblemLocation;

/**
 * What an import says of the file it read, kept sealed in {@code record_import.report_sealed} because a file name
 * and a problem's arguments may quote health data. Stored as JSON, version {@value #VERSION}:
 * {@code {"v":1,"file":...,"format":...,"sha256":...,"counts":{"OBSERVATION":12,...},"leftOut":0,
 * "problems":[{"code":"MALFORMED_JSON","file":...,"line":1,"column":2,"path":...,"args":[...]}],"ehr":true}}
 * ({@code ehr} only when true: reports written before it was added read as false).
 *
 * @param fileName the name the person gave the file, or the name of the records system it was pulled from
 * @param formatLabel the format found, or null when the file was refused
 * @param fileSha256 the SHA-256 of the file, or null when it was refused
 * @param countsByKind the entries of each kind the file held
 * @param itemsLeftOut items the reader skipped on purpose
 * @param problems why the file was refused; empty otherwise
 * @param fromRecordsSystem whether the entries were pulled from a records system (an EHR) rather than uploaded
 */
record ImportReport(
        String fileName,
        String formatLabel,
        String fileSha256,
        Map<EntryKind, Integer> countsByKind,
        long itemsLeftOut,
        List<ImportProblem> problems,
        boolean fromRecordsSystem) {

    static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    ImportReport {
        countsByKind = Collections.unmodifiableMap(
                countsByKind.isEmpty() ? new EnumMap<>(EntryKind.class) : new EnumMap<>(countsByKind));
        problems = List.copyOf(problems);
    }

    static ImportReport ofFile(String fileName) {
        return new ImportReport(fileName, null, null, Map.of(), 0, List.of(), false);
    }

    byte[] toJson() {
        ObjectNode root = JSON.createObjectNode().put("v", VERSION).put("file", fileName);
        root.put("format", formatLabel).put("sha256", fileSha256).put("leftOut", itemsLeftOut);
        ObjectNode counts = root.putObject("counts");
        countsByKind.forEach((kind, count) -> counts.put(kind.name(), count));
        ArrayNode problemNodes = root.putArray("problems");
        for (ImportProblem problem : problems) {
            ProblemLocation where = problem.location();
            ObjectNode node =
                    problemNodes.addObject().put("code", problem.code().name());
            node.put("file", where.file()).put("line", where.line()).put("column", where.column());
            node.put("path", where.path());
            ArrayNode arguments = node.putArray("args");
            problem.arguments().forEach(arguments::add);
        }
        if (fromRecordsSystem) {
            root.put("ehr", true);
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory does not fail", e);
        }
    }

    static ImportReport fromJson(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("A stored import report is not JSON", e);
        }
        if (root.path("v").asInt() != VERSION) {
            throw new IllegalStateException("A stored import report is not in format " + VERSION);
        }
        Map<EntryKind, Integer> counts = new EnumMap<>(EntryKind.class);
        root.path("counts")
                .properties()
                .forEach(count -> counts.put(
                        EntryKind.valueOf(count.getKey()), count.getValue().asInt()));
        List<ImportProblem> problems = new ArrayList<>();
        for (JsonNode node : root.path("problems")) {
            var where = new ProblemLocation(
                    text(node, "file"),
                    node.path("line").asInt(),
                    node.path("column").asInt(),
                    text(node, "path"));
            List<String> arguments = new ArrayList<>();
            node.path("args").forEach(argument -> arguments.add(argument.asText()));
            problems.add(new ImportProblem(ProblemCode.valueOf(node.path("code").asText()), where, arguments));
        }
        return new ImportReport(
                text(root, "file"),
                text(root, "format"),
                text(root, "sha256"),
                counts,
                root.path("leftOut").asLong(),
                problems,
                root.path("ehr").asBoolean(false));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
