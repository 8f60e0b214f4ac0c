package org.visitprep.web.patient.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import org.visitprep.record.StoredEntry;

/**
 * The original FHIR resource of the entry the patient asked to see, as it was imported (pretty-printed), read from
 * the signed-in patient's record only: an entry of anyone else is simply not found.
 */
@Named
@RequestScoped
public class EntrySource {

    @Inject
    private EntrySourceChoice choice;

    @Inject
    private SignedInRecord signedInRecord;

    private Optional<String> original;
    private Optional<StoredEntry> entry;

    public boolean isShown() {
        return original().isPresent();
    }

    /** The resource as FHIR JSON, indented for reading. */
    public String getOriginal() {
        return original().map(EntrySource::indented).orElse("");
    }

    /** The FHIR resource type, e.g. "Observation". */
    public String getResourceType() {
        return entry().map(StoredEntry::resourceType).orElse("");
    }

    /** Where the entry came from, e.g. "FHIR file alice.json". */
    public String getSource() {
        return entry().map(StoredEntry::source).orElse("");
    }

    private Optional<String> original() {
        if (original == null) {
            original = Optional.ofNullable(choice.entryId())
                    .flatMap(id -> signedInRecord.record().original(id));
        }
        return original;
    }

    private Optional<StoredEntry> entry() {
        if (entry == null) {
            entry = Optional.ofNullable(choice.entryId())
                    .flatMap(id -> signedInRecord.record().entry(id));
        }
        return entry;
    }

    static String indented(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            StringWriter indented = new StringWriter();
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(indented)) {
                writer.write(reader.readValue());
            }
            return indented.toString().strip();
        } catch (JsonException notJson) {
            return json;
        }
    }
}
