package org.visitprep.web.summary;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.visitprep.record.PatientRecord;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.visit.FrozenReview;

/**
 * The part of a summary page that opens a sentence's sources: the entries it cites, read from the patient's record
 * when the reader first opens them, and the original FHIR resource of one of them. Only entries the sentence cites
 * are ever read, whatever the request says.
 */
public abstract class SummaryReader implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<Integer> opened = new HashSet<>();
    private final Map<Integer, List<CitedEntry>> sources = new HashMap<>();
    private final Map<Integer, TrendSparkline> trends = new HashMap<>();
    private String originalJson;
    private String originalTitle;
    private boolean withheld;

    /** The summary the page shows. */
    public abstract SummaryView getSummary();

    /**
     * The record the summary's citations point into, if the reader may read it now: the patient's own, or, for a
     * clinician, the patient's while it is still shared with them.
     */
    protected abstract Optional<PatientRecord> citedRecord();

    /** Opens the sentence's sources, or closes them if they are open. */
    public void toggleSources(int number) {
        if (opened.remove(number)) {
            return;
        }
        Optional<SummarySentence> sentence = getSummary().sentence(number);
        if (sentence.isEmpty()) {
            return;
        }
        if (!sentence.get().entryIds().isEmpty() && !sources.containsKey(number)) {
            Optional<PatientRecord> record = citedRecord();
            withheld = record.isEmpty();
            if (withheld) {
                return;
            }
            sources.put(number, describe(record.get(), sentence.get().entryIds()));
        }
        opened.add(number);
    }

    /** Whether the reader asked for sources they may no longer read (the summary is no longer shared with them). */
    public boolean isSourcesWithheld() {
        return withheld;
    }

    public boolean isShowingSources(int number) {
        return opened.contains(number);
    }

    /** The entries the sentence cites, once its sources were opened; one the record no longer holds is left out. */
    public List<CitedEntry> sourcesOf(int number) {
        return sources.getOrDefault(number, List.of());
    }

    /** How many of the sentence's citations the record no longer holds. */
    public int missingSourcesOf(int number) {
        return getSummary()
                        .sentence(number)
                        .map(sentence -> sentence.entryIds().size())
                        .orElse(0)
                - sourcesOf(number).size();
    }

    /**
     * The small chart of a wellness trend sentence's readings, or null when its readings make none (or the reader may
     * no longer read the record). Read once, when the page first shows the sentence: from the review frozen with an
     * approved summary when the page has it, else from the record.
     */
    public TrendSparkline trendOf(int number) {
        if (!trends.containsKey(number)) {
            trends.put(number, readTrend(number).orElse(null));
        }
        return trends.get(number);
    }

    /**
     * What the review of an approved summary shows, frozen with it, when the page has it; null when the page reads
     * the cited entries from the record instead.
     */
    protected FrozenReview frozenReview() {
        return null;
    }

    private Optional<TrendSparkline> readTrend(int number) {
        FrozenReview frozen = frozenReview();
        if (frozen != null) {
            return frozen.trendOf(number).flatMap(TrendSparkline::ofReadings);
        }
        Optional<SummarySentence> sentence = getSummary().sentence(number);
        if (sentence.isEmpty() || sentence.get().entryIds().isEmpty()) {
            return Optional.empty();
        }
        return citedRecord()
                .flatMap(record ->
                        TrendSparkline.of(describe(record, sentence.get().entryIds())));
    }

    /** Reads the original resource of an entry the sentence cites, for the dialog. */
    public void showOriginal(int number, UUID entryId) {
        originalJson = null;
        originalTitle = null;
        boolean cited = getSummary()
                .sentence(number)
                .map(sentence -> sentence.cites(entryId))
                .orElse(false);
        if (!cited) {
            return;
        }
        Optional<PatientRecord> record = citedRecord();
        withheld = record.isEmpty();
        record.flatMap(readable -> readable.original(entryId)).ifPresent(json -> {
            originalJson = pretty(json);
            originalTitle = sourcesOf(number).stream()
                    .filter(entry -> entry.id().equals(entryId))
                    .map(CitedEntry::what)
                    .findFirst()
                    .orElse("");
        });
    }

    public String getOriginalJson() {
        return originalJson;
    }

    public String getOriginalTitle() {
        return originalTitle;
    }

    /** Forgets what was opened, e.g. when the summary changed. */
    protected void closeAllSources() {
        opened.clear();
        sources.clear();
        trends.clear();
        originalJson = null;
        originalTitle = null;
        withheld = false;
    }

    private static List<CitedEntry> describe(PatientRecord record, List<UUID> citations) {
        List<CitedEntry> described = new ArrayList<>();
        for (UUID id : citations) {
            record.entry(id).map(CitedEntries::describe).ifPresent(described::add);
        }
        return described;
    }

    /** The JSON indented for reading; as it came when it cannot be parsed. */
    static String pretty(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonStructure structure = reader.read();
            StringWriter out = new StringWriter();
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out)) {
                writer.write(structure);
            }
            return out.toString().strip();
        } catch (JsonException unreadable) {
            return json;
        }
    }
}
