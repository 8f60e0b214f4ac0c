package org.visitprep.lab;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.visitprep.record.Coding;

/**
 * LOINC codes that measure one analyte in one property and unit (creatinine in blood, 38483-4, and in serum or
 * plasma, 2160-0), read as one series by the facts of a summary, the Labs page and its trends. Read once from
 * {@code analyte-groups.json} next to this class, which cites what each member measures (its LOINC long name) and
 * the approach (LOINC Groups, https://loinc.org/groups/); never changed afterwards.
 */
public final class AnalyteGroups {

    static final String RESOURCE = "analyte-groups.json";

    /** Series keys of grouped codes start with this, then the group's id. */
    private static final String GROUP_KEY = "analyte|";

    /**
     * One analyte's codes; the first member names the series.
     *
     * @param longNames each member's LOINC long common name, in the order of {@code members}
     */
    public record Group(String id, List<LoincCode> members, List<String> longNames, String sourceId) {

        public Group {
            members = List.copyOf(members);
            longNames = List.copyOf(longNames);
        }

        /** The member whose catalogue name names the series. */
        public LoincCode first() {
            return members.getFirst();
        }
    }

    private final Map<LoincCode, Group> byCode;
    private final List<Group> groups;
    private final List<CatalogueSource> sources;

    private AnalyteGroups(List<Group> groups, List<CatalogueSource> sources) {
        Map<LoincCode, Group> codes = new LinkedHashMap<>();
        for (Group group : groups) {
            for (LoincCode member : group.members()) {
                if (codes.put(member, group) != null) {
                    throw new CatalogueFormatException("Analyte groups list " + member + " in two groups");
                }
            }
        }
        this.byCode = Map.copyOf(codes);
        this.groups = List.copyOf(groups);
        this.sources = List.copyOf(sources);
    }

    /** The groups shipped with VisitPrep, read on first use. */
    public static AnalyteGroups standard() {
        return Shipped.GROUPS;
    }

    public List<Group> groups() {
        return groups;
    }

    public List<CatalogueSource> sources() {
        return sources;
    }

    /** The group a LOINC coding belongs to, if any. */
    public Optional<Group> groupOf(Coding code) {
        if (code == null || !code.isFrom(Coding.LOINC)) {
            return Optional.empty();
        }
        return LoincCode.parse(code.code()).map(byCode::get);
    }

    /**
     * What makes two codes one series: the group's id for a grouped LOINC code, else the code's system and code.
     */
    public String seriesKey(Coding code) {
        return groupOf(code).map(group -> GROUP_KEY + group.id()).orElseGet(() -> code.system() + "|" + code.code());
    }

    /** Every code of the same series as this one, this one first. */
    public List<Coding> equivalents(Coding code) {
        Optional<Group> group = groupOf(code);
        if (group.isEmpty()) {
            return List.of(code);
        }
        List<Coding> codes = new ArrayList<>(List.of(code));
        for (LoincCode member : group.get().members()) {
            if (!member.value().equals(code.code().strip())) {
                codes.add(new Coding(Coding.LOINC, member.value(), null));
            }
        }
        return codes;
    }

    /** Reads groups in the shipped file's format. */
    static AnalyteGroups read(InputStream json) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new InputStreamReader(json, StandardCharsets.UTF_8))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new CatalogueFormatException("The analyte groups are not a JSON object: " + e.getMessage(), e);
        }
        List<CatalogueSource> sources = new ArrayList<>();
        for (JsonValue value : array(root, "sources")) {
            JsonObject source = (JsonObject) value;
            sources.add(new CatalogueSource(
                    text(source, "id"),
                    text(source, "title"),
                    text(source, "publisher"),
                    text(source, "url"),
                    text(source, "usedFor")));
        }
        List<Group> groups = new ArrayList<>();
        for (JsonValue value : array(root, "groups")) {
            JsonObject group = (JsonObject) value;
            String id = text(group, "id");
            String source = text(group, "source");
            if (sources.stream().noneMatch(cited -> cited.id().equals(source))) {
                throw new CatalogueFormatException("Analyte group " + id + " cites an unknown source " + source);
            }
            List<LoincCode> members = new ArrayList<>();
            List<String> longNames = new ArrayList<>();
            for (JsonValue member : array(group, "members")) {
                String loinc = text((JsonObject) member, "loinc");
                members.add(LoincCode.parse(loinc)
                        .orElseThrow(() ->
                                new CatalogueFormatException("Analyte group " + id + ": " + loinc + " is not LOINC")));
                longNames.add(text((JsonObject) member, "longName"));
            }
            if (members.size() < 2) {
                throw new CatalogueFormatException("Analyte group " + id + " needs two members at least");
            }
            groups.add(new Group(id, members, longNames, source));
        }
        return new AnalyteGroups(groups, sources);
    }

    private static JsonArray array(JsonObject holder, String key) {
        if (!(holder.get(key) instanceof JsonArray array)) {
            throw new CatalogueFormatException("Analyte groups: field \"" + key + "\" must be a list");
        }
        return array;
    }

    private static String text(JsonObject holder, String key) {
        if (!(holder.get(key) instanceof JsonString string)
                || string.getString().isBlank()) {
            throw new CatalogueFormatException("Analyte groups: field \"" + key + "\" must be a non-empty text");
        }
        return string.getString();
    }

    private static final class Shipped {

        static final AnalyteGroups GROUPS = load();

        private static AnalyteGroups load() {
            try (InputStream json = AnalyteGroups.class.getResourceAsStream(RESOURCE)) {
                if (json == null) {
                    throw new CatalogueFormatException("The analyte groups " + RESOURCE + " are missing from the"
                            + " class path next to " + AnalyteGroups.class.getName());
                }
                return read(json);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the analyte groups " + RESOURCE, e);
            }
        }
    }
}
