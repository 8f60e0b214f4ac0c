package org.visitprep.web.it.smart;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.nio.file.Files;
import org.visitprep.web.it.stack.DemoPatients;

/** The test EHR's id of a demo patient: the id of the Patient resource in the file that plays them. */
public final class EhrPatients {

    private EhrPatients() {}

    public static String idOf(String demoFile) {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(DemoPatients.original(demoFile)))) {
            return reader.readObject().getJsonArray("entry").stream()
                    .map(entry -> entry.asJsonObject().getJsonObject("resource"))
                    .filter(resource -> "Patient".equals(resource.getString("resourceType")))
                    .map(resource -> resource.getString("id"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(demoFile + " holds no Patient"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + demoFile, e);
        }
    }
}
