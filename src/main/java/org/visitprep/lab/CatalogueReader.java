package org.visitprep.lab;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the catalogue file (JSON, UTF-8) and checks that every entry is complete and every source cited exists. */
final class CatalogueReader {

    private CatalogueReader() {}

    static LabCatalogue read(InputStream json) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new InputStreamReader(json, StandardCharsets.UTF_8))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new CatalogueFormatException("The lab catalogue is not a JSON object: " + e.getMessage(), e);
        }
        Map<String, CatalogueSource> sources = readSources(array(root, "sources", "the catalogue"));
        String codeSource = text(root, "codeSource", "the catalogue");
        requireSource(sources, codeSource, "the catalogue's codeSource");
        LocalizedText about = localized(root, "about", "the catalogue");
        List<LabTest> tests = new ArrayList<>();
        Set<LoincCode> seen = new HashSet<>();
        for (JsonValue entry : array(root, "tests", "the catalogue")) {
            LabTest test = readTest(object(entry, "an entry of tests"), sources);
            if (!seen.add(test.code())) {
                throw new CatalogueFormatException("Lab catalogue lists " + test.code() + " twice; keep one entry");
            }
            tests.add(test);
        }
        return new LabCatalogue(tests, List.copyOf(sources.values()), sources.get(codeSource), about);
    }

    private static Map<String, CatalogueSource> readSources(JsonArray entries) {
        Map<String, CatalogueSource> sources = new LinkedHashMap<>();
        for (JsonValue entry : entries) {
            JsonObject source = object(entry, "an entry of sources");
            String id = text(source, "id", "a source");
            String where = "source " + id;
            String url = text(source, "url", where);
            if (!url.startsWith("https://") && !url.startsWith("http://")) {
                throw new CatalogueFormatException(
                        "Lab catalogue " + where + ": url \"" + url + "\" is not a web" + " address");
            }
            CatalogueSource read = new CatalogueSource(
                    id,
                    text(source, "title", where),
                    text(source, "publisher", where),
                    url,
                    text(source, "usedFor", where));
            if (sources.put(id, read) != null) {
                throw new CatalogueFormatException("Lab catalogue cites source " + id + " twice; keep one entry");
            }
        }
        return sources;
    }

    private static LabTest readTest(JsonObject entry, Map<String, CatalogueSource> sources) {
        String codeText = text(entry, "loinc", "a test");
        if (!LoincCode.isWellFormed(codeText)) {
            throw new CatalogueFormatException(
                    "Lab catalogue test \"" + codeText + "\": not a LOINC code with a" + " valid check digit");
        }
        LoincCode code = new LoincCode(codeText);
        String where = "test " + code;
        TestCategory category = category(text(entry, "category", where), where);
        ResultKind kind = resultKind(text(entry, "result", where), where);
        String unit = entry.containsKey("unit") ? text(entry, "unit", where) : null;
        if ((kind == ResultKind.QUANTITY) != (unit != null)) {
            throw new CatalogueFormatException(
                    "Lab catalogue " + where + ": a quantity needs a unit, and only a" + " quantity may have one");
        }
        if (kind != ResultKind.QUANTITY && (entry.containsKey("range") || entry.containsKey("critical"))) {
            throw new CatalogueFormatException(
                    "Lab catalogue " + where + ": only a quantity can have a range or" + " critical limits");
        }
        RangesBySex ranges = entry.containsKey("range")
                ? ranges(object(entry.get("range"), where + " range"), unit, sources, where)
                : null;
        CriticalLimits critical = entry.containsKey("critical")
                ? critical(object(entry.get("critical"), where + " critical"), unit, sources, where)
                : null;
        return new LabTest(
                code,
                category,
                kind,
                unit,
                localized(entry, "name", where),
                localized(entry, "about", where),
                ranges,
                critical);
    }

    private static RangesBySex ranges(
            JsonObject range, String unit, Map<String, CatalogueSource> sources, String where) {
        String source = text(range, "source", where + " range");
        requireSource(sources, source, where + " range");
        if (range.containsKey("female") || range.containsKey("male")) {
            return RangesBySex.bySex(
                    range(object(range.get("female"), where + " female range"), unit, source, where + " female"),
                    range(object(range.get("male"), where + " male range"), unit, source, where + " male"));
        }
        return RangesBySex.forEveryone(range(range, unit, source, where));
    }

    private static ReferenceRange range(JsonObject range, String unit, String source, String where) {
        Limit low = range.containsKey("low") ? rangeLimit(text(range, "low", where + " range"), '>', where) : null;
        Limit high = range.containsKey("high") ? rangeLimit(text(range, "high", where + " range"), '<', where) : null;
        try {
            return ReferenceRange.general(low, high, unit, source);
        } catch (IllegalArgumentException e) {
            throw new CatalogueFormatException("Lab catalogue " + where + " range: " + e.getMessage(), e);
        }
    }

    private static CriticalLimits critical(
            JsonObject critical, String unit, Map<String, CatalogueSource> sources, String where) {
        String source = text(critical, "source", where + " critical");
        requireSource(sources, source, where + " critical");
        Limit low = critical.containsKey("low") ? threshold(text(critical, "low", where), '<', where) : null;
        Limit high = critical.containsKey("high") ? threshold(text(critical, "high", where), '>', where) : null;
        try {
            return new CriticalLimits(low, high, unit, source);
        } catch (IllegalArgumentException e) {
            throw new CatalogueFormatException("Lab catalogue " + where + " critical: " + e.getMessage(), e);
        }
    }

    /** A range limit: a plain number is part of the range; a strict comparison in front leaves it out. */
    private static Limit rangeLimit(String text, char strict, String where) {
        if (text.startsWith(strict + "=")) {
            return new Limit(number(text.substring(2), where), true);
        }
        if (text.charAt(0) == strict) {
            return new Limit(number(text.substring(1), where), false);
        }
        return new Limit(number(text, where), true);
    }

    /** A critical threshold always says its comparison: {@code <50} is critical below 50, {@code <=7} at 7 too. */
    private static Limit threshold(String text, char direction, String where) {
        if (text.startsWith(direction + "=")) {
            return new Limit(number(text.substring(2), where), true);
        }
        if (text.charAt(0) == direction) {
            return new Limit(number(text.substring(1), where), false);
        }
        throw new CatalogueFormatException("Lab catalogue " + where + ": critical limit \"" + text + "\" must start"
                + " with " + direction + " or " + direction + "=");
    }

    private static BigDecimal number(String text, String where) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new CatalogueFormatException("Lab catalogue " + where + ": \"" + text + "\" is not a number", e);
        }
    }

    private static TestCategory category(String text, String where) {
        for (TestCategory category : TestCategory.values()) {
            if (category.catalogueName().equals(text)) {
                return category;
            }
        }
        throw new CatalogueFormatException("Lab catalogue " + where + ": unknown category \"" + text + "\"");
    }

    private static ResultKind resultKind(String text, String where) {
        for (ResultKind kind : ResultKind.values()) {
            if (kind.catalogueName().equals(text)) {
                return kind;
            }
        }
        throw new CatalogueFormatException("Lab catalogue " + where + ": unknown result kind \"" + text + "\"");
    }

    private static void requireSource(Map<String, CatalogueSource> sources, String id, String where) {
        if (!sources.containsKey(id)) {
            throw new CatalogueFormatException(
                    "Lab catalogue " + where + " cites source \"" + id + "\", which is" + " not in the sources list");
        }
    }

    private static LocalizedText localized(JsonObject holder, String key, String where) {
        JsonObject texts = object(holder.get(key), where + " " + key);
        return new LocalizedText(text(texts, "en", where + " " + key), text(texts, "fr", where + " " + key));
    }

    private static String text(JsonObject holder, String key, String where) {
        JsonValue value = holder.get(key);
        if (!(value instanceof JsonString string) || string.getString().isBlank()) {
            throw new CatalogueFormatException(
                    "Lab catalogue " + where + ": field \"" + key + "\" must be a" + " non-empty text");
        }
        return string.getString();
    }

    private static JsonArray array(JsonObject holder, String key, String where) {
        if (!(holder.get(key) instanceof JsonArray array)) {
            throw new CatalogueFormatException("Lab catalogue " + where + ": field \"" + key + "\" must be a list");
        }
        return array;
    }

    private static JsonObject object(JsonValue value, String where) {
        if (!(value instanceof JsonObject object)) {
            throw new CatalogueFormatException("Lab catalogue " + where + " must be a JSON object");
        }
        return object;
    }
}
