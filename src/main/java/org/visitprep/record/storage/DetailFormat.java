package org.visitprep.record.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.visitprep.record.AllergyDetail;
import org.visitprep.record.Coding;
import org.visitprep.record.Concept;
import org.visitprep.record.ConditionDetail;
import org.visitprep.record.DiagnosticReportDetail;
import org.visitprep.record.EffectiveTime;
import org.visitprep.record.EncounterDetail;
import org.visitprep.record.EntryDetail;
import org.visitprep.record.FinancialDetail;
import org.visitprep.record.ImmunizationDetail;
import org.visitprep.record.MedicationDetail;
import org.visitprep.record.ObservationComponent;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.OtherDetail;
import org.visitprep.record.PatientDetail;
import org.visitprep.record.ProcedureDetail;
import org.visitprep.record.Quantity;
import org.visitprep.record.RecordTime;
import org.visitprep.record.ReferenceRange;
import org.visitprep.record.StructuredDosage;

/**
 * The stored form of an entry's time and detail before it is sealed, version 1: compact JSON written and read field
 * by field, so that renaming a Java component never changes what is stored, and a later version can still read
 * this one. A field that is null is left out; an empty list is left out and reads back empty.
 *
 * <pre>
 * entry       {"v":1, "e":effective, "k":kind, ...the kind's fields}
 * kinds       "pat" g gender, b birthDate
 *             "obs" c code, g [category], q quantity, x textValue, m [component], r [range], i [concept], s status
 *             "med" c medication, s status, t period, x dosageText, d [dosage]
 *             "con" c code, s clinicalStatus, f verificationStatus, o onset, a abatement
 *             "all" c substance, r criticality, s clinicalStatus, x [{m [concept], s severity}], f verificationStatus
 *             "imm" c vaccine, s status, o occurrence
 *             "pro" c code, s status, t performed
 *             "enc" y [type], l class, s status, t period, r [reason]
 *             "rep" c code, g [category], s status, i issued, x conclusion, r [resultReference]
 *             "fin" y type, s status, q total, o created, t billablePeriod
 *             "oth" c code
 * concept     {"c":[coding], "t":text}         coding    {"s":system, "c":code, "d":display}
 * quantity    {"v":"decimal as text", "u":unit, "s":system, "c":code, "q":comparator}
 * time        {"w":asWritten, "d":"date", "i":"instant", "p":precision}
 * effective   {"s":time, "e":time, "p":isPeriod}
 * range       {"l":quantity, "h":quantity, "t":text, "y":concept}
 * component   {"c":concept, "q":quantity, "x":textValue, "r":[range]}
 * dosage      {"q":dose quantity, "f":"frequency", "p":"period", "u":periodUnit, "r":route concept, "n":asNeeded}
 * </pre>
 * Decimals are written as text so that they come back exactly, scale included. Fields added after an entry was
 * stored ({@code d} of a medicine, {@code f} of an allergy) are simply absent from it and read back empty.
 */
final class DetailFormat {

    static final int VERSION = 1;

    private static final JsonFactory JSON = new JsonFactory();

    /** An entry's time and detail as read back. */
    record Stored(EffectiveTime effective, EntryDetail detail) {}

    private DetailFormat() {}

    static byte[] write(EffectiveTime effective, EntryDetail detail) {
        var bytes = new ByteArrayBuilder(256);
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeNumberField("v", VERSION);
            if (effective != null) {
                out.writeFieldName("e");
                writeEffective(out, effective);
            }
            writeDetail(out, detail);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return bytes.toByteArray();
    }

    static Stored read(byte[] stored) {
        try (JsonParser in = JSON.createParser(stored)) {
            expect(in.nextToken(), JsonToken.START_OBJECT);
            Fields fields = Fields.read(in);
            int version = fields.integer("v");
            if (version != VERSION) {
                throw new IllegalStateException("A stored detail is in format " + version + ", not " + VERSION);
            }
            return new Stored(fields.effective("e"), detail(fields));
        } catch (IOException e) {
            throw new IllegalStateException("A stored detail is not in format " + VERSION, e);
        }
    }

    // --- writing --------------------------------------------------------------------------------------------------

    private static void writeDetail(JsonGenerator out, EntryDetail detail) throws IOException {
        switch (detail) {
            case PatientDetail patient -> {
                kind(out, "pat");
                text(out, "g", patient.gender());
                text(
                        out,
                        "b",
                        patient.birthDate() == null ? null : patient.birthDate().toString());
            }
            case ObservationDetail observation -> {
                kind(out, "obs");
                concept(out, "c", observation.code());
                texts(out, "g", observation.categories());
                quantity(out, "q", observation.quantity());
                text(out, "x", observation.textValue());
                if (!observation.components().isEmpty()) {
                    out.writeArrayFieldStart("m");
                    for (ObservationComponent component : observation.components()) {
                        out.writeStartObject();
                        concept(out, "c", component.code());
                        quantity(out, "q", component.quantity());
                        text(out, "x", component.textValue());
                        ranges(out, "r", component.referenceRanges());
                        out.writeEndObject();
                    }
                    out.writeEndArray();
                }
                ranges(out, "r", observation.referenceRanges());
                concepts(out, "i", observation.interpretations());
                text(out, "s", observation.status());
            }
            case MedicationDetail medication -> {
                kind(out, "med");
                concept(out, "c", medication.medication());
                text(out, "s", medication.status());
                effective(out, "t", medication.period());
                text(out, "x", medication.dosageText());
                if (!medication.dosages().isEmpty()) {
                    out.writeArrayFieldStart("d");
                    for (StructuredDosage dosage : medication.dosages()) {
                        out.writeStartObject();
                        quantity(out, "q", dosage.dose());
                        text(
                                out,
                                "f",
                                dosage.frequency() == null
                                        ? null
                                        : dosage.frequency().toString());
                        text(
                                out,
                                "p",
                                dosage.period() == null ? null : dosage.period().toString());
                        text(out, "u", dosage.periodUnit());
                        concept(out, "r", dosage.route());
                        if (dosage.asNeeded() != null) {
                            out.writeBooleanField("n", dosage.asNeeded());
                        }
                        out.writeEndObject();
                    }
                    out.writeEndArray();
                }
            }
            case ConditionDetail condition -> {
                kind(out, "con");
                concept(out, "c", condition.code());
                text(out, "s", condition.clinicalStatus());
                text(out, "f", condition.verificationStatus());
                time(out, "o", condition.onset());
                time(out, "a", condition.abatement());
            }
            case AllergyDetail allergy -> {
                kind(out, "all");
                concept(out, "c", allergy.substance());
                text(out, "r", allergy.criticality());
                text(out, "s", allergy.clinicalStatus());
                if (!allergy.reactions().isEmpty()) {
                    out.writeArrayFieldStart("x");
                    for (AllergyDetail.Reaction reaction : allergy.reactions()) {
                        out.writeStartObject();
                        concepts(out, "m", reaction.manifestations());
                        text(out, "s", reaction.severity());
                        out.writeEndObject();
                    }
                    out.writeEndArray();
                }
                text(out, "f", allergy.verificationStatus());
            }
            case ImmunizationDetail immunization -> {
                kind(out, "imm");
                concept(out, "c", immunization.vaccine());
                text(out, "s", immunization.status());
                time(out, "o", immunization.occurrence());
            }
            case ProcedureDetail procedure -> {
                kind(out, "pro");
                concept(out, "c", procedure.code());
                text(out, "s", procedure.status());
                effective(out, "t", procedure.performed());
            }
            case EncounterDetail encounter -> {
                kind(out, "enc");
                concepts(out, "y", encounter.types());
                if (encounter.encounterClass() != null) {
                    out.writeFieldName("l");
                    writeCoding(out, encounter.encounterClass());
                }
                text(out, "s", encounter.status());
                effective(out, "t", encounter.period());
                concepts(out, "r", encounter.reasons());
            }
            case DiagnosticReportDetail report -> {
                kind(out, "rep");
                concept(out, "c", report.code());
                texts(out, "g", report.categories());
                text(out, "s", report.status());
                text(out, "i", report.issued() == null ? null : report.issued().toString());
                text(out, "x", report.conclusion());
                texts(out, "r", report.resultReferences());
            }
            case FinancialDetail financial -> {
                kind(out, "fin");
                concept(out, "y", financial.type());
                text(out, "s", financial.status());
                quantity(out, "q", financial.total());
                time(out, "o", financial.created());
                effective(out, "t", financial.billablePeriod());
            }
            case OtherDetail other -> {
                kind(out, "oth");
                concept(out, "c", other.code());
            }
        }
    }

    private static void kind(JsonGenerator out, String kind) throws IOException {
        out.writeStringField("k", kind);
    }

    private static void text(JsonGenerator out, String field, String value) throws IOException {
        if (value != null) {
            out.writeStringField(field, value);
        }
    }

    private static void texts(JsonGenerator out, String field, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            out.writeArrayFieldStart(field);
            for (String value : values) {
                out.writeString(value);
            }
            out.writeEndArray();
        }
    }

    private static void concept(JsonGenerator out, String field, Concept concept) throws IOException {
        if (concept != null) {
            out.writeFieldName(field);
            writeConcept(out, concept);
        }
    }

    private static void concepts(JsonGenerator out, String field, List<Concept> concepts) throws IOException {
        if (!concepts.isEmpty()) {
            out.writeArrayFieldStart(field);
            for (Concept concept : concepts) {
                writeConcept(out, concept);
            }
            out.writeEndArray();
        }
    }

    private static void writeConcept(JsonGenerator out, Concept concept) throws IOException {
        out.writeStartObject();
        if (!concept.codings().isEmpty()) {
            out.writeArrayFieldStart("c");
            for (Coding coding : concept.codings()) {
                writeCoding(out, coding);
            }
            out.writeEndArray();
        }
        text(out, "t", concept.text());
        out.writeEndObject();
    }

    private static void writeCoding(JsonGenerator out, Coding coding) throws IOException {
        out.writeStartObject();
        text(out, "s", coding.system());
        text(out, "c", coding.code());
        text(out, "d", coding.display());
        out.writeEndObject();
    }

    private static void quantity(JsonGenerator out, String field, Quantity quantity) throws IOException {
        if (quantity != null) {
            out.writeObjectFieldStart(field);
            text(out, "v", quantity.value() == null ? null : quantity.value().toString());
            text(out, "u", quantity.unit());
            text(out, "s", quantity.system());
            text(out, "c", quantity.code());
            text(out, "q", quantity.comparator());
            out.writeEndObject();
        }
    }

    private static void ranges(JsonGenerator out, String field, List<ReferenceRange> ranges) throws IOException {
        if (!ranges.isEmpty()) {
            out.writeArrayFieldStart(field);
            for (ReferenceRange range : ranges) {
                out.writeStartObject();
                quantity(out, "l", range.low());
                quantity(out, "h", range.high());
                text(out, "t", range.text());
                concept(out, "y", range.type());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
    }

    private static void time(JsonGenerator out, String field, RecordTime time) throws IOException {
        if (time != null) {
            out.writeFieldName(field);
            writeTime(out, time);
        }
    }

    private static void writeTime(JsonGenerator out, RecordTime time) throws IOException {
        out.writeStartObject();
        out.writeStringField("w", time.asWritten());
        out.writeStringField("d", time.date().toString());
        text(out, "i", time.instant() == null ? null : time.instant().toString());
        out.writeStringField("p", time.precision().name());
        out.writeEndObject();
    }

    private static void effective(JsonGenerator out, String field, EffectiveTime effective) throws IOException {
        if (effective != null) {
            out.writeFieldName(field);
            writeEffective(out, effective);
        }
    }

    private static void writeEffective(JsonGenerator out, EffectiveTime effective) throws IOException {
        out.writeStartObject();
        out.writeFieldName("s");
        writeTime(out, effective.start());
        time(out, "e", effective.end());
        out.writeBooleanField("p", effective.isPeriod());
        out.writeEndObject();
    }

    // --- reading --------------------------------------------------------------------------------------------------

    private static EntryDetail detail(Fields f) {
        String kind = f.text("k");
        return switch (kind == null ? "" : kind) {
            case "pat" -> new PatientDetail(f.text("g"), f.date("b"));
            case "obs" ->
                new ObservationDetail(
                        f.concept("c"),
                        f.texts("g"),
                        f.quantity("q"),
                        f.text("x"),
                        f.objects("m").stream().map(DetailFormat::component).toList(),
                        f.ranges("r"),
                        f.concepts("i"),
                        f.text("s"));
            case "med" ->
                new MedicationDetail(
                        f.concept("c"),
                        f.text("s"),
                        f.effective("t"),
                        f.text("x"),
                        f.objects("d").stream().map(DetailFormat::dosage).toList());
            case "con" -> new ConditionDetail(f.concept("c"), f.text("s"), f.text("f"), f.time("o"), f.time("a"));
            case "all" ->
                new AllergyDetail(
                        f.concept("c"),
                        f.text("r"),
                        f.text("s"),
                        f.objects("x").stream()
                                .map(r -> new AllergyDetail.Reaction(r.concepts("m"), r.text("s")))
                                .toList(),
                        f.text("f"));
            case "imm" -> new ImmunizationDetail(f.concept("c"), f.text("s"), f.time("o"));
            case "pro" -> new ProcedureDetail(f.concept("c"), f.text("s"), f.effective("t"));
            case "enc" ->
                new EncounterDetail(f.concepts("y"), f.coding("l"), f.text("s"), f.effective("t"), f.concepts("r"));
            case "rep" ->
                new DiagnosticReportDetail(
                        f.concept("c"), f.texts("g"), f.text("s"), f.instant("i"), f.text("x"), f.texts("r"));
            case "fin" ->
                new FinancialDetail(f.concept("y"), f.text("s"), f.quantity("q"), f.time("o"), f.effective("t"));
            case "oth" -> new OtherDetail(f.concept("c"));
            default -> throw new IllegalStateException("A stored detail names no kind this format knows");
        };
    }

    private static StructuredDosage dosage(Fields f) {
        String frequency = f.text("f");
        String period = f.text("p");
        return new StructuredDosage(
                f.quantity("q"),
                frequency == null ? null : Integer.valueOf(frequency),
                period == null ? null : new BigDecimal(period),
                f.text("u"),
                f.concept("r"),
                f.has("n") ? f.bool("n") : null);
    }

    private static ObservationComponent component(Fields f) {
        return new ObservationComponent(f.concept("c"), f.quantity("q"), f.text("x"), f.ranges("r"));
    }

    private static void expect(JsonToken found, JsonToken expected) {
        if (found != expected) {
            throw new IllegalStateException("A stored detail is not in format " + VERSION);
        }
    }

    /**
     * The fields of one JSON object, read in full: the values are strings, booleans, nested {@code Fields}, or lists
     * of either. The objects are small, so a lookup by name through a short list is as quick as a map.
     */
    private static final class Fields {

        private final List<String> names = new ArrayList<>(8);
        private final List<Object> values = new ArrayList<>(8);

        /** Reads the fields of the object whose start the parser has just passed. */
        static Fields read(JsonParser in) throws IOException {
            Fields fields = new Fields();
            for (JsonToken token = in.nextToken(); token != JsonToken.END_OBJECT; token = in.nextToken()) {
                expect(token, JsonToken.FIELD_NAME);
                String name = in.currentName();
                fields.names.add(name);
                fields.values.add(value(in, in.nextToken()));
            }
            return fields;
        }

        private static Object value(JsonParser in, JsonToken token) throws IOException {
            return switch (token) {
                case VALUE_STRING -> in.getText();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NUMBER_INT -> in.getIntValue();
                case START_OBJECT -> read(in);
                case START_ARRAY -> {
                    List<Object> items = new ArrayList<>();
                    for (JsonToken item = in.nextToken(); item != JsonToken.END_ARRAY; item = in.nextToken()) {
                        items.add(value(in, item));
                    }
                    yield items;
                }
                default -> throw new IllegalStateException("A stored detail is not in format " + VERSION);
            };
        }

        private Object get(String name) {
            int at = names.indexOf(name);
            return at < 0 ? null : values.get(at);
        }

        int integer(String name) {
            return get(name) instanceof Integer value ? value : -1;
        }

        boolean has(String name) {
            return names.contains(name);
        }

        boolean bool(String name) {
            return Boolean.TRUE.equals(get(name));
        }

        String text(String name) {
            return (String) get(name);
        }

        Fields object(String name) {
            return (Fields) get(name);
        }

        @SuppressWarnings("unchecked")
        private <T> List<T> list(String name) {
            Object value = get(name);
            return value == null ? List.of() : (List<T>) value;
        }

        List<String> texts(String name) {
            return list(name);
        }

        List<Fields> objects(String name) {
            return list(name);
        }

        LocalDate date(String name) {
            String value = text(name);
            return value == null ? null : LocalDate.parse(value);
        }

        Instant instant(String name) {
            String value = text(name);
            return value == null ? null : Instant.parse(value);
        }

        Coding coding(String name) {
            Fields coding = object(name);
            return coding == null ? null : coding.asCoding();
        }

        private Coding asCoding() {
            return new Coding(text("s"), text("c"), text("d"));
        }

        Concept concept(String name) {
            Fields concept = object(name);
            return concept == null ? null : concept.asConcept();
        }

        private Concept asConcept() {
            return new Concept(objects("c").stream().map(Fields::asCoding).toList(), text("t"));
        }

        List<Concept> concepts(String name) {
            return objects(name).stream().map(Fields::asConcept).toList();
        }

        Quantity quantity(String name) {
            Fields q = object(name);
            if (q == null) {
                return null;
            }
            String value = q.text("v");
            return new Quantity(
                    value == null ? null : new BigDecimal(value), q.text("u"), q.text("s"), q.text("c"), q.text("q"));
        }

        List<ReferenceRange> ranges(String name) {
            return objects(name).stream()
                    .map(r -> new ReferenceRange(r.quantity("l"), r.quantity("h"), r.text("t"), r.concept("y")))
                    .toList();
        }

        RecordTime time(String name) {
            Fields time = object(name);
            return time == null ? null : time.asTime();
        }

        private RecordTime asTime() {
            return new RecordTime(text("w"), date("d"), instant("i"), RecordTime.Precision.valueOf(text("p")));
        }

        EffectiveTime effective(String name) {
            Fields effective = object(name);
            return effective == null
                    ? null
                    : new EffectiveTime(effective.time("s"), effective.time("e"), effective.bool("p"));
        }
    }
}
