package org.visitprep.record.fhir;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Type;
import org.visitprep.record.Coding;
import org.visitprep.record.Concept;
import org.visitprep.record.EffectiveTime;
import org.visitprep.record.Quantity;
import org.visitprep.record.RecordTime;
import org.visitprep.record.ReferenceRange;

/** Turns HAPI's R4 data types into the record's value objects; null in, null out. */
final class HapiValues {

    private HapiValues() {}

    static Concept concept(CodeableConcept source) {
        if (source == null || source.isEmpty()) {
            return null;
        }
        List<Coding> codings = source.getCoding().stream()
                .filter(c -> c.hasCode())
                .map(HapiValues::coding)
                .toList();
        return new Concept(codings, source.hasText() ? source.getText() : null);
    }

    static List<Concept> concepts(List<CodeableConcept> sources) {
        return sources.stream().map(HapiValues::concept).filter(c -> c != null).toList();
    }

    static Coding coding(org.hl7.fhir.r4.model.Coding source) {
        if (source == null || !source.hasCode()) {
            return null;
        }
        return new Coding(
                source.hasSystem() ? source.getSystem() : null,
                source.getCode(),
                source.hasDisplay() ? source.getDisplay() : null);
    }

    static Quantity quantity(org.hl7.fhir.r4.model.Quantity source) {
        if (source == null || source.isEmpty()) {
            return null;
        }
        return new Quantity(
                source.hasValue() ? source.getValue() : null,
                source.hasUnit() ? source.getUnit() : null,
                source.hasSystem() ? source.getSystem() : null,
                source.hasCode() ? source.getCode() : null,
                source.hasComparator() ? source.getComparator().toCode() : null);
    }

    static Quantity money(Money source) {
        if (source == null || !source.hasValue()) {
            return null;
        }
        String currency = source.hasCurrency() ? source.getCurrency() : null;
        return new Quantity(source.getValue(), currency, null, currency, null);
    }

    static List<ReferenceRange> ranges(List<org.hl7.fhir.r4.model.Observation.ObservationReferenceRangeComponent> src) {
        return src.stream()
                .map(r -> new ReferenceRange(
                        r.hasLow() ? quantity(r.getLow()) : null,
                        r.hasHigh() ? quantity(r.getHigh()) : null,
                        r.hasText() ? r.getText() : null,
                        r.hasType() ? concept(r.getType()) : null))
                .toList();
    }

    static RecordTime time(BaseDateTimeType source) {
        if (source == null || source.getValueAsString() == null) {
            return null;
        }
        RecordTime.Precision precision = switch (source.getPrecision()) {
            case YEAR -> RecordTime.Precision.YEAR;
            case MONTH -> RecordTime.Precision.MONTH;
            case DAY -> RecordTime.Precision.DAY;
            case MINUTE -> RecordTime.Precision.MINUTE;
            case SECOND -> RecordTime.Precision.SECOND;
            case MILLI -> RecordTime.Precision.MILLISECOND;
        };
        int month = precision == RecordTime.Precision.YEAR ? 1 : source.getMonth() + 1;
        int day = precision.compareTo(RecordTime.Precision.DAY) < 0 ? 1 : source.getDay();
        LocalDate date = LocalDate.of(source.getYear(), month, day);
        boolean hasTime = precision.compareTo(RecordTime.Precision.DAY) > 0;
        return new RecordTime(
                source.getValueAsString(), date, hasTime ? source.getValue().toInstant() : null, precision);
    }

    static EffectiveTime period(Period source) {
        if (source == null || !source.hasStart()) {
            return null;
        }
        RecordTime end = source.hasEnd() ? time(source.getEndElement()) : null;
        return EffectiveTime.between(time(source.getStartElement()), end);
    }

    /** The time of a FHIR choice element ({@code effective[x]}, {@code onset[x]}, {@code performed[x]}...). */
    static EffectiveTime effective(Type choice) {
        if (choice instanceof BaseDateTimeType dateTime) {
            RecordTime time = time(dateTime);
            return time == null ? null : EffectiveTime.at(time);
        }
        if (choice instanceof Period period) {
            return period(period);
        }
        return null;
    }

    static RecordTime pointOf(Type choice) {
        EffectiveTime effective = effective(choice);
        return effective == null ? null : effective.start();
    }

    static RecordTime dateTime(DateTimeType source) {
        return source == null || !source.hasValue() ? null : time(source);
    }

    static String code(org.hl7.fhir.r4.model.Enumeration<?> source) {
        return source == null || !source.hasValue() ? null : source.getValueAsString();
    }

    static String firstCode(CodeableConcept source) {
        if (source == null) {
            return null;
        }
        return source.getCoding().stream()
                .filter(c -> c.hasCode())
                .map(org.hl7.fhir.r4.model.Coding::getCode)
                .findFirst()
                .orElse(source.hasText() ? source.getText() : null);
    }
}
