package org.visitprep.visit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.visitprep.crypto.PatientSealer;

/**
 * Health data of visit preparation and sharing as JSON sealed under the patient's data key. The JSON is that of
 * the records: their component names, enum names, UUIDs and ISO-8601 times as strings, so it stays readable as
 * long as the names stay; unknown properties are ignored, for stored data written by a newer version.
 */
public final class HealthDataJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("visitprep-times")
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addDeserializer(Instant.class, new Parsed<>(Instant.class, Instant::parse))
                    .addSerializer(ZonedDateTime.class, ToStringSerializer.instance)
                    .addDeserializer(ZonedDateTime.class, new Parsed<>(ZonedDateTime.class, ZonedDateTime::parse)))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private final PatientSealer sealer;

    public HealthDataJson(PatientSealer sealer) {
        this.sealer = Objects.requireNonNull(sealer);
    }

    public byte[] seal(UUID patientId, Object value, String purpose) {
        return sealer.seal(patientId, toJsonBytes(value), purpose);
    }

    public <T> T open(UUID patientId, byte[] sealed, Class<T> type, String purpose) {
        return fromJson(sealer.open(patientId, sealed, purpose), type);
    }

    byte[] sealDetails(UUID patientId, VisitDetails details) {
        return seal(patientId, details, VisitDetails.PURPOSE);
    }

    VisitDetails openDetails(VisitPreparation visit) {
        return open(visit.patientId(), visit.sealedDetails(), VisitDetails.class, VisitDetails.PURPOSE);
    }

    byte[] sealContent(UUID patientId, SummaryContent content) {
        return seal(patientId, content, SummaryContent.PURPOSE);
    }

    SummaryContent openContent(SummaryVersion version) {
        return open(version.patientId(), version.sealedContent(), SummaryContent.class, SummaryContent.PURPOSE);
    }

    /** The summary version with its content opened. */
    public VisitSummary open(SummaryVersion version) {
        return VisitSummary.of(version, openContent(version));
    }

    /** The JSON form of a value, as it is sealed. */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Not representable as JSON: " + value.getClass().getName(), e);
        }
    }

    public static <T> T fromJson(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Stored JSON does not read as " + type.getSimpleName() + " at " + e.getLocation(), null);
        }
    }

    private static byte[] toJsonBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Not representable as JSON: " + value.getClass().getName(), e);
        }
    }

    private static <T> T fromJson(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            // The location only: the message of a parser may quote the health data it read.
            throw new IllegalArgumentException(
                    "Stored JSON does not read as " + type.getSimpleName() + " at " + e.getLocation(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a time from its ISO-8601 string. */
    private static final class Parsed<T> extends StdScalarDeserializer<T> {

        private static final long serialVersionUID = 1L;

        private final transient Function<String, T> parse;

        Parsed(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return parse.apply(parser.getValueAsString());
        }
    }
}
