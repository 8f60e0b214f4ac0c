package org.visitprep.record.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.ProblemCode;
import org.visitprep.record.reading.ProblemLocation;
import org.visitprep.record.reading.SourceRejected;

/**
 * Splits a FHIR JSON file into its resources in one streaming pass, without building a tree: it notes where each
 * bundle entry's resource starts and ends in the file (so its original is the exact bytes received), and checks on
 * the way the JSON rules HAPI's parser does not: no empty arrays, no empty strings at bundle level
 * (http://hl7.org/fhir/R4/json.html, "JSON representation of resources"), and no element a Bundle or its entries
 * do not define (http://hl7.org/fhir/R4/bundle.html).
 */
final class JsonResourceScanner {

    private static final Set<String> BUNDLE_ELEMENTS = Set.of(
            "resourceType",
            "id",
            "meta",
            "implicitRules",
            "language",
            "identifier",
            "type",
            "timestamp",
            "total",
            "link",
            "entry",
            "signature");
    private static final Set<String> ENTRY_ELEMENTS = Set.of(
            "id", "extension", "modifierExtension", "link", "fullUrl", "resource", "search", "request", "response");

    private final JsonFactory factory;

    JsonResourceScanner(long maxBytes) {
        int longest = (int) Math.min(Integer.MAX_VALUE, maxBytes);
        this.factory = JsonFactory.builder()
                .streamReadConstraints(
                        StreamReadConstraints.builder().maxStringLength(longest).build())
                .build();
    }

    ScannedJson scan(byte[] file, String fileName) throws SourceRejected {
        Scan scan = new Scan(fileName);
        try (JsonParser parser = factory.createParser(file)) {
            scan.root(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            ProblemLocation where = at == null
                    ? ProblemLocation.inFile(fileName)
                    : ProblemLocation.at(fileName, at.getLineNr(), at.getColumnNr());
            String reason = e.getOriginalMessage().replaceAll("\\[Source: [^;]*; ", "[");
            throw new SourceRejected(ImportProblem.of(ProblemCode.MALFORMED_JSON, where, reason));
        } catch (IOException e) {
            throw new SourceRejected(ImportProblem.of(
                    ProblemCode.UNREADABLE_FILE, ProblemLocation.inFile(fileName), String.valueOf(e.getMessage())));
        }
        return scan.result();
    }

    /** The state of one scan. */
    private static final class Scan {
        private final String fileName;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final List<RawResource> entries = new ArrayList<>();
        private final List<String> rootElements = new ArrayList<>();
        private final List<ProblemLocation> rootElementLocations = new ArrayList<>();
        private final List<ImportProblem> entryShapeProblems = new ArrayList<>();
        private String rootType;
        private String bundleType;
        private RawResource root;

        Scan(String fileName) {
            this.fileName = fileName;
        }

        void root(JsonParser parser) throws IOException, SourceRejected {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SourceRejected(ImportProblem.of(ProblemCode.EMPTY_FILE, ProblemLocation.inFile(fileName)));
            }
            if (first != JsonToken.START_OBJECT) {
                throw rejected(ProblemCode.NOT_A_RESOURCE, parser, describe(first));
            }
            JsonLocation start = parser.currentTokenLocation();
            String rootId = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                rootElements.add(name);
                rootElementLocations.add(here(parser, name));
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "resourceType" -> rootType = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "id" -> rootId = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "type" -> {
                        if (value == JsonToken.VALUE_STRING) {
                            bundleType = parser.getText();
                        } else {
                            walk(parser, name);
                        }
                    }
                    case "entry" -> {
                        if (value == JsonToken.START_ARRAY) {
                            entries(parser);
                        } else {
                            walk(parser, name);
                        }
                    }
                    default -> walk(parser, name);
                }
            }
            int end = (int) parser.currentTokenLocation().getByteOffset() + 1;
            if (parser.nextToken() != null) {
                throw rejected(ProblemCode.MALFORMED_JSON, parser, "content after the end of the resource");
            }
            root = new RawResource(
                    -1,
                    null,
                    rootType,
                    rootId,
                    (int) start.getByteOffset(),
                    end,
                    start.getLineNr(),
                    start.getColumnNr());
        }

        private void entries(JsonParser parser) throws IOException {
            int index = 0;
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                problems.add(ImportProblem.of(ProblemCode.EMPTY_ARRAY, here(parser, "entry"), "entry"));
                return;
            }
            for (; token != JsonToken.END_ARRAY; token = parser.nextToken(), index++) {
                if (token != JsonToken.START_OBJECT) {
                    entryShapeProblems.add(ImportProblem.of(
                            ProblemCode.WRONG_JSON_TYPE,
                            here(parser, "entry[" + index + "]"),
                            "entry",
                            "object",
                            describe(token)));
                    walk(parser, "entry");
                    continue;
                }
                entry(parser, index);
            }
        }

        private void entry(JsonParser parser, int index) throws IOException {
            String fullUrl = null;
            RawResource resource = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                String path = "entry[" + index + "]." + name;
                if (!ENTRY_ELEMENTS.contains(name)) {
                    entryShapeProblems.add(ImportProblem.of(ProblemCode.UNKNOWN_ELEMENT, here(parser, path), name));
                }
                if (name.equals("fullUrl") && value == JsonToken.VALUE_STRING) {
                    fullUrl = parser.getText();
                    if (fullUrl.isBlank()) {
                        entryShapeProblems.add(ImportProblem.of(
                                ProblemCode.INVALID_VALUE, here(parser, path), "fullUrl", "", "empty string"));
                        fullUrl = null;
                    }
                } else if (name.equals("resource") && value == JsonToken.START_OBJECT) {
                    resource = resource(parser, index);
                } else {
                    walk(parser, path);
                }
            }
            if (resource != null) {
                entries.add(new RawResource(
                        index,
                        fullUrl,
                        resource.resourceType(),
                        resource.id(),
                        resource.start(),
                        resource.end(),
                        resource.line(),
                        resource.column()));
            }
        }

        private RawResource resource(JsonParser parser, int index) throws IOException {
            JsonLocation start = parser.currentTokenLocation();
            String type = null;
            String id = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("resourceType") && value == JsonToken.VALUE_STRING) {
                    type = parser.getText();
                } else if (name.equals("id") && value == JsonToken.VALUE_STRING) {
                    id = parser.getText();
                } else {
                    walk(parser, "entry[" + index + "].resource." + name);
                }
            }
            int end = (int) parser.currentTokenLocation().getByteOffset() + 1;
            return new RawResource(
                    index, null, type, id, (int) start.getByteOffset(), end, start.getLineNr(), start.getColumnNr());
        }

        /** Steps over a value, checking the JSON rules that hold everywhere in FHIR. */
        private void walk(JsonParser parser, String path) throws IOException {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
                return;
            }
            int depth = 1;
            JsonToken previous = token;
            while (depth > 0) {
                JsonToken next = parser.nextToken();
                if (next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY) {
                    depth++;
                } else if (next == JsonToken.END_OBJECT || next == JsonToken.END_ARRAY) {
                    if (next == JsonToken.END_ARRAY && previous == JsonToken.START_ARRAY) {
                        String element = parser.currentName() == null ? path : parser.currentName();
                        problems.add(ImportProblem.of(ProblemCode.EMPTY_ARRAY, here(parser, path), element));
                    }
                    depth--;
                }
                previous = next;
            }
        }

        ScannedJson result() {
            if ("Bundle".equals(rootType)) {
                for (int i = 0; i < rootElements.size(); i++) {
                    if (!BUNDLE_ELEMENTS.contains(rootElements.get(i))) {
                        problems.add(ImportProblem.of(
                                ProblemCode.UNKNOWN_ELEMENT, rootElementLocations.get(i), rootElements.get(i)));
                    }
                }
                problems.addAll(entryShapeProblems);
                return new ScannedJson(rootType, bundleType, List.copyOf(entries), List.copyOf(problems));
            }
            return new ScannedJson(rootType, null, List.of(root), List.copyOf(problems));
        }

        private ProblemLocation here(JsonParser parser, String path) {
            JsonLocation at = parser.currentTokenLocation();
            return new ProblemLocation(fileName, at.getLineNr(), at.getColumnNr(), path);
        }

        private SourceRejected rejected(ProblemCode code, JsonParser parser, String argument) {
            JsonLocation at = parser.currentTokenLocation();
            return new SourceRejected(
                    ImportProblem.of(code, ProblemLocation.at(fileName, at.getLineNr(), at.getColumnNr()), argument));
        }

        private static String describe(JsonToken token) {
            return switch (token) {
                case START_OBJECT -> "{ }";
                case START_ARRAY -> "[ ]";
                case VALUE_STRING -> "\"...\"";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "0.0";
                case VALUE_TRUE, VALUE_FALSE -> "true / false";
                case VALUE_NULL -> "null";
                default -> token.asString() == null ? token.name() : token.asString();
            };
        }
    }
}
