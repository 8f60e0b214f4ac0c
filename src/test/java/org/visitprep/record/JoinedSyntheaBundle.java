package org.visitprep.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A large patient made of the corpus's Synthea bundles: one collection bundle holding every entry of the files,
 * copied as often as asked, each copy with fresh ids (and references rewritten to match), and one Patient. For
 * timings and benchmarks, until a generated elderly patient is at hand.
 */
public final class JoinedSyntheaBundle {

    private JoinedSyntheaBundle() {}

    /** The corpus's Synthea files joined {@code copies} times. */
    public static byte[] of(List<Path> files, int copies) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(
                "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[".getBytes(StandardCharsets.UTF_8));
        var json = new ObjectMapper();
        boolean first = true;
        boolean patientWritten = false;
        for (int copy = 0; copy < copies; copy++) {
            for (Path file : files) {
                for (var entry : json.readTree(file.toFile()).path("entry")) {
                    var resource = (ObjectNode) entry.path("resource");
                    if (resource.path("resourceType").asText().equals("Patient")) {
                        if (patientWritten) {
                            continue;
                        }
                        patientWritten = true;
                    }
                    String prefix = "c" + copy + "-"
                            + Math.abs(file.getFileName().toString().hashCode() % 1000) + "-";
                    resource.put("id", prefix + resource.path("id").asText());
                    String text = json.writeValueAsString(entry).replace("urn:uuid:", "urn:uuid:" + prefix);
                    out.writeBytes(((first ? "" : ",") + text).getBytes(StandardCharsets.UTF_8));
                    first = false;
                }
            }
        }
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The corpus's Synthea files joined as often as it takes to hold at least the given number of resources. */
    public static byte[] withAtLeast(int resources) throws IOException {
        List<Path> files = FhirCorpus.filesIn("synthea");
        var json = new ObjectMapper();
        int othersPerCopy = 0;
        for (Path file : files) {
            for (var entry : json.readTree(file.toFile()).path("entry")) {
                if (!entry.path("resource").path("resourceType").asText().equals("Patient")) {
                    othersPerCopy++;
                }
            }
        }
        int copies = Math.max(1, (resources - 1 + othersPerCopy - 1) / othersPerCopy);
        return of(files, copies);
    }
}
