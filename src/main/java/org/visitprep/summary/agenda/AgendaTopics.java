package org.visitprep.summary.agenda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.visitprep.summary.wording.Folding;

/**
 * The table that links agenda words to measurements, read once from {@code agenda-topics.json} next to this class.
 * Every topic names a source from the file's {@code sources}, which the reader checks.
 */
public final class AgendaTopics {

    static final String RESOURCE = "agenda-topics.json";

    /** A source the table cites for a link between words and measurements. */
    public record Source(String id, String title, String url, String supports) {}

    private final List<AgendaTopic> topics;
    private final Map<String, Source> sources;
    private final Map<String, Pattern> wordsByTopic;

    AgendaTopics(List<AgendaTopic> topics, Map<String, Source> sources) {
        this.topics = List.copyOf(topics);
        this.sources = Map.copyOf(sources);
        Map<String, Pattern> words = new LinkedHashMap<>();
        topics.forEach(topic -> words.put(topic.id(), wordsOf(topic)));
        this.wordsByTopic = words;
    }

    public static AgendaTopics standard() {
        return Shipped.TOPICS;
    }

    static AgendaTopics read(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        Map<String, Source> sources = new LinkedHashMap<>();
        for (JsonNode source : root.path("sources")) {
            sources.put(
                    source.path("id").asText(),
                    new Source(
                            source.path("id").asText(),
                            source.path("title").asText(),
                            source.path("url").asText(),
                            source.path("supports").asText()));
        }
        List<AgendaTopic> topics = new ArrayList<>();
        for (JsonNode topic : root.path("topics")) {
            String id = topic.path("id").asText();
            String sourceId = topic.path("source").asText();
            if (!sources.containsKey(sourceId)) {
                throw new IllegalStateException("agenda topic " + id + " cites the unknown source " + sourceId);
            }
            List<String> keywords = new ArrayList<>();
            topic.path("keywords").forEach(language -> language.forEach(word -> keywords.add(word.asText())));
            List<String> codes = new ArrayList<>();
            topic.path("codes").forEach(code -> codes.add(code.asText()));
            if (keywords.isEmpty() || codes.isEmpty()) {
                throw new IllegalStateException("agenda topic " + id + " needs keywords and codes");
            }
            topics.add(new AgendaTopic(id, sourceId, keywords, codes));
        }
        return new AgendaTopics(topics, sources);
    }

    public List<AgendaTopic> topics() {
        return topics;
    }

    /** The topics the text mentions, in the table's order; matching ignores case and accents. */
    public List<AgendaTopic> mentionedIn(String text) {
        String folded = Folding.fold(text);
        return topics.stream()
                .filter(topic -> wordsByTopic.get(topic.id()).matcher(folded).find())
                .toList();
    }

    /** One pattern for a topic's words: whole words, or any ending after a stem written with a trailing *. */
    private static Pattern wordsOf(AgendaTopic topic) {
        StringBuilder alternatives = new StringBuilder();
        for (String keyword : topic.keywords()) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            boolean stem = keyword.endsWith("*");
            String word = Folding.fold(stem ? keyword.substring(0, keyword.length() - 1) : keyword);
            alternatives.append(Pattern.quote(word).replace(" ", "\\E\\s+\\Q"));
            if (stem) {
                alternatives.append("[\\p{L}'-]*");
            }
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    private static final class Shipped {

        static final AgendaTopics TOPICS = load();

        private static AgendaTopics load() {
            try (InputStream json = AgendaTopics.class.getResourceAsStream(RESOURCE)) {
                if (json == null) {
                    throw new IllegalStateException(RESOURCE + " is missing next to " + AgendaTopics.class.getName());
                }
                return read(json);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + RESOURCE, e);
            }
        }
    }
}
