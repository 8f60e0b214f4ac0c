package org.visitprep.summary.draft;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The stable JSON form of summaries and facts, for storing them sealed: records as objects in component order,
 * facts tagged by {@code type}, dates and instants in ISO-8601, locales as language tags, numbers as written (no
 * floating point), absent values left out. Reading ignores fields it does not know, so stored summaries outlive
 * later additions.
 */
public final class SummaryJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private SummaryJson() {}

    public static String write(Object summaryOrFacts) {
        try {
            return MAPPER.writeValueAsString(summaryOrFacts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a summary always has a JSON form", e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "not the JSON of a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The mapper, for callers that embed a summary in a larger document. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }
}
