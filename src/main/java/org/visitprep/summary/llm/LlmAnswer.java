package org.visitprep.summary.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.visitprep.summary.draft.FallbackReason;

/**
 * The model's answer read as {@code {"sentences": [{"patient": ..., "clinician": ..., "facts": [...]}]}}: each sentence
 * addressed to the patient and to the clinician. Anything else (not JSON, another shape, no sentence, a text missing
 * or empty, a fact id that is not a string, or far more than a summary holds) is a malformed answer. A code fence around the JSON, which some local models add, is tolerated.
 */
record LlmAnswer(List<Sentence> sentences) {

    /** One sentence as the model wrote it for each reader, with the fact ids it cites. */
    record Sentence(String patient, String clinician, List<String> facts) {}

    static final int MOST_SENTENCES = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    static LlmAnswer parse(String content) throws LlmUnavailable {
        if (content == null || content.isBlank()) {
            throw malformed("the answer is empty", null);
        }
        JsonNode root;
        try {
            root = JSON.readTree(withoutCodeFence(content.strip()));
        } catch (JsonProcessingException e) {
            throw malformed("the answer is not JSON", e);
        }
        JsonNode sentences = root == null ? null : root.get("sentences");
        if (sentences == null || !sentences.isArray() || sentences.isEmpty()) {
            throw malformed("the answer has no \"sentences\" array", null);
        }
        if (sentences.size() > MOST_SENTENCES) {
            throw malformed("the answer has " + sentences.size() + " sentences", null);
        }
        List<Sentence> read = new ArrayList<>();
        for (JsonNode sentence : sentences) {
            JsonNode patient = sentence.get("patient");
            JsonNode clinician = sentence.get("clinician");
            JsonNode facts = sentence.get("facts");
            if (!isText(patient) || !isText(clinician) || (facts != null && !facts.isArray())) {
                throw malformed("a sentence lacks its patient or clinician text, or its \"facts\" is no array", null);
            }
            List<String> ids = new ArrayList<>();
            if (facts != null) {
                for (JsonNode id : facts) {
                    if (!id.isTextual()) {
                        throw malformed("a fact id is not a string", null);
                    }
                    ids.add(id.asText());
                }
            }
            read.add(new Sentence(patient.asText().strip(), clinician.asText().strip(), List.copyOf(ids)));
        }
        return new LlmAnswer(List.copyOf(read));
    }

    private static boolean isText(JsonNode text) {
        return text != null && text.isTextual() && !text.asText().isBlank();
    }

    private static String withoutCodeFence(String content) {
        if (content.startsWith("```")) {
            int firstLine = content.indexOf('\n');
            int closing = content.lastIndexOf("```");
            if (firstLine > 0 && closing > firstLine) {
                return content.substring(firstLine + 1, closing);
            }
        }
        return content;
    }

    private static LlmUnavailable malformed(String why, Throwable cause) {
        return new LlmUnavailable(FallbackReason.MALFORMED_ANSWER, why, cause);
    }
}
