package org.visitprep.record.fhir;

import static org.visitprep.record.fhir.HapiValues.code;
import static org.visitprep.record.fhir.HapiValues.concept;
import static org.visitprep.record.fhir.HapiValues.concepts;
import static org.visitprep.record.fhir.HapiValues.effective;
import static org.visitprep.record.fhir.HapiValues.firstCode;
import static org.visitprep.record.fhir.HapiValues.pointOf;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.visitprep.record.AllergyDetail;
import org.visitprep.record.Concept;
import org.visitprep.record.ConditionDetail;
import org.visitprep.record.DiagnosticReportDetail;
import org.visitprep.record.EffectiveTime;
import org.visitprep.record.EncounterDetail;
import org.visitprep.record.EntryDetail;
import org.visitprep.record.EntryKind;
import org.visitprep.record.FinancialDetail;
import org.visitprep.record.ImmunizationDetail;
import org.visitprep.record.MedicationDetail;
import org.visitprep.record.ObservationComponent;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.OtherDetail;
import org.visitprep.record.PatientDetail;
import org.visitprep.record.ProcedureDetail;
import org.visitprep.record.Quantity;
import org.visitprep.record.ResourceReference;
import org.visitprep.record.StructuredDosage;

/** Reads the normalized record's values from a parsed R4 resource. Stateless and thread-safe. */
final class ResourceNormalizer {

    NormalizedResource normalize(Resource resource) {
        References references = new References();
        references.add("subject", resource, "subject");
        references.add("patient", resource, "patient");
        references.add("encounter", resource, "encounter");
        NormalizedResource normalized = switch (resource) {
            case Patient patient -> patient(patient);
            case Observation observation -> observation(observation, references);
            case MedicationRequest request -> medicationRequest(request, references);
            case MedicationStatement statement -> medicationStatement(statement, references);
            case MedicationAdministration administration -> medicationAdministration(administration, references);
            case MedicationDispense dispense -> medicationDispense(dispense, references);
            case Condition condition -> condition(condition);
            case AllergyIntolerance allergy -> allergy(allergy);
            case Immunization immunization -> immunization(immunization);
            case Procedure procedure -> procedure(procedure);
            case Encounter encounter -> encounter(encounter);
            case DiagnosticReport report -> diagnosticReport(report, references);
            case Claim claim -> claim(claim);
            case ExplanationOfBenefit benefit -> explanationOfBenefit(benefit, references);
            default -> other(resource);
        };
        return new NormalizedResource(
                normalized.kind(),
                normalized.effective(),
                normalized.detail(),
                references.list(),
                normalized.unresolvedMedication());
    }

    private static NormalizedResource of(EntryKind kind, EffectiveTime effective, EntryDetail detail) {
        return new NormalizedResource(kind, effective, detail, List.of(), null);
    }

    private NormalizedResource patient(Patient patient) {
        var birthDate = patient.hasBirthDate() ? HapiValues.time(patient.getBirthDateElement()) : null;
        var detail = new PatientDetail(
                patient.hasGender() ? patient.getGender().toCode() : null, birthDate == null ? null : birthDate.date());
        return of(EntryKind.PATIENT, null, detail);
    }

    private NormalizedResource observation(Observation observation, References references) {
        references.addAll("hasMember", observation.getHasMember());
        references.addAll("derivedFrom", observation.getDerivedFrom());
        List<String> categories = observation.getCategory().stream()
                .flatMap(c -> c.getCoding().stream())
                .filter(c -> c.hasCode())
                .map(org.hl7.fhir.r4.model.Coding::getCode)
                .distinct()
                .toList();
        List<ObservationComponent> components = observation.getComponent().stream()
                .map(c -> new ObservationComponent(
                        concept(c.getCode()),
                        quantityOf(c.getValue()),
                        textOf(c.getValue(), c.getDataAbsentReason()),
                        HapiValues.ranges(c.getReferenceRange())))
                .toList();
        var detail = new ObservationDetail(
                concept(observation.getCode()),
                categories,
                quantityOf(observation.getValue()),
                textOf(observation.getValue(), observation.getDataAbsentReason()),
                components,
                HapiValues.ranges(observation.getReferenceRange()),
                concepts(observation.getInterpretation()),
                code(observation.getStatusElement()));
        EffectiveTime effective = effective(observation.getEffective());
        if (effective == null && observation.hasIssued()) {
            effective = EffectiveTime.at(HapiValues.time(observation.getIssuedElement()));
        }
        return of(EntryKind.OBSERVATION, effective, detail);
    }

    private static Quantity quantityOf(Type value) {
        if (value instanceof org.hl7.fhir.r4.model.Quantity quantity) {
            return HapiValues.quantity(quantity);
        }
        if (value instanceof IntegerType integer && integer.hasValue()) {
            return new Quantity(java.math.BigDecimal.valueOf(integer.getValue()), null, null, null, null);
        }
        return null;
    }

    private static String textOf(Type value, CodeableConcept dataAbsentReason) {
        return switch (value) {
            case CodeableConcept coded ->
                concept(coded) == null ? null : concept(coded).label();
            case StringType string -> string.getValue();
            case BooleanType bool -> bool.getValueAsString();
            case null ->
                dataAbsentReason == null || dataAbsentReason.isEmpty()
                        ? null
                        : concept(dataAbsentReason).label();
            default -> value.isPrimitive() ? value.primitiveValue() : null;
        };
    }

    private NormalizedResource medicationRequest(MedicationRequest request, References references) {
        references.add("requester", request.getRequester());
        EffectiveTime period =
                request.hasDispenseRequest() && request.getDispenseRequest().hasValidityPeriod()
                        ? HapiValues.period(request.getDispenseRequest().getValidityPeriod())
                        : null;
        if (period == null && request.hasAuthoredOn()) {
            period = EffectiveTime.at(HapiValues.time(request.getAuthoredOnElement()));
        }
        return medication(
                request.getMedication(),
                code(request.getStatusElement()),
                period,
                dosageText(request.getDosageInstruction()),
                structured(request.getDosageInstruction()),
                references);
    }

    private NormalizedResource medicationStatement(MedicationStatement statement, References references) {
        return medication(
                statement.getMedication(),
                code(statement.getStatusElement()),
                effective(statement.getEffective()),
                dosageText(statement.getDosage()),
                structured(statement.getDosage()),
                references);
    }

    private NormalizedResource medicationAdministration(MedicationAdministration given, References references) {
        String dosage = given.hasDosage() && given.getDosage().hasText()
                ? given.getDosage().getText()
                : null;
        List<StructuredDosage> structured = List.of();
        if (given.hasDosage()
                && (given.getDosage().hasDose() || given.getDosage().hasRoute())) {
            var administered = given.getDosage();
            structured = List.of(new StructuredDosage(
                    administered.hasDose() ? HapiValues.quantity(administered.getDose()) : null,
                    null,
                    null,
                    null,
                    administered.hasRoute() ? concept(administered.getRoute()) : null,
                    null));
        }
        return medication(
                given.getMedication(),
                code(given.getStatusElement()),
                effective(given.getEffective()),
                dosage,
                structured,
                references);
    }

    private NormalizedResource medicationDispense(MedicationDispense dispense, References references) {
        EffectiveTime handedOver = dispense.hasWhenHandedOver()
                ? EffectiveTime.at(HapiValues.time(dispense.getWhenHandedOverElement()))
                : null;
        return medication(
                dispense.getMedication(),
                code(dispense.getStatusElement()),
                handedOver,
                dosageText(dispense.getDosageInstruction()),
                structured(dispense.getDosageInstruction()),
                references);
    }

    private NormalizedResource medication(
            Type medication,
            String status,
            EffectiveTime period,
            String dosage,
            List<StructuredDosage> structured,
            References references) {
        Concept code = null;
        String unresolved = null;
        if (medication instanceof CodeableConcept concept) {
            code = concept(concept);
        } else if (medication instanceof Reference reference) {
            references.add("medication", reference);
            if (reference.getResource() instanceof Medication contained) {
                code = concept(contained.getCode());
            } else if (reference.hasReference()) {
                unresolved = reference.getReference();
            }
            if (code == null && reference.hasDisplay()) {
                code = Concept.ofText(reference.getDisplay());
            }
        }
        var detail = new MedicationDetail(code, status, period, dosage, structured);
        return new NormalizedResource(EntryKind.MEDICATION, period, detail, List.of(), unresolved);
    }

    private static String dosageText(List<Dosage> dosages) {
        return dosages.stream()
                .filter(Dosage::hasText)
                .map(Dosage::getText)
                .findFirst()
                .orElse(null);
    }

    /** The dose, frequency, route and as-needed of each instruction that gives any of them. */
    private static List<StructuredDosage> structured(List<Dosage> dosages) {
        List<StructuredDosage> structured = new ArrayList<>();
        for (Dosage dosage : dosages) {
            var repeat = dosage.hasTiming() && dosage.getTiming().hasRepeat()
                    ? dosage.getTiming().getRepeat()
                    : null;
            var read = new StructuredDosage(
                    dosage.getDoseAndRate().stream()
                            .filter(Dosage.DosageDoseAndRateComponent::hasDoseQuantity)
                            .map(rate -> HapiValues.quantity(rate.getDoseQuantity()))
                            .findFirst()
                            .orElse(null),
                    repeat != null && repeat.hasFrequency() ? repeat.getFrequency() : null,
                    repeat != null && repeat.hasPeriod() ? repeat.getPeriod() : null,
                    repeat != null && repeat.hasPeriodUnit()
                            ? repeat.getPeriodUnit().toCode()
                            : null,
                    dosage.hasRoute() ? concept(dosage.getRoute()) : null,
                    dosage.hasAsNeededBooleanType()
                            ? dosage.getAsNeededBooleanType().booleanValue()
                            : null);
            if (!read.isEmpty()) {
                structured.add(read);
            }
        }
        return List.copyOf(structured);
    }

    private NormalizedResource condition(Condition condition) {
        var detail = new ConditionDetail(
                concept(condition.getCode()),
                firstCode(condition.getClinicalStatus()),
                firstCode(condition.getVerificationStatus()),
                pointOf(condition.getOnset()),
                pointOf(condition.getAbatement()));
        EffectiveTime effective = effective(condition.getOnset());
        if (effective == null && condition.hasRecordedDate()) {
            effective = EffectiveTime.at(HapiValues.time(condition.getRecordedDateElement()));
        }
        return of(EntryKind.CONDITION, effective, detail);
    }

    private NormalizedResource allergy(AllergyIntolerance allergy) {
        List<AllergyDetail.Reaction> reactions = allergy.getReaction().stream()
                .map(r -> new AllergyDetail.Reaction(
                        concepts(r.getManifestation()),
                        r.hasSeverity() ? r.getSeverity().toCode() : null))
                .toList();
        var detail = new AllergyDetail(
                concept(allergy.getCode()),
                allergy.hasCriticality() ? allergy.getCriticality().toCode() : null,
                firstCode(allergy.getClinicalStatus()),
                reactions,
                firstCode(allergy.getVerificationStatus()));
        EffectiveTime effective = effective(allergy.getOnset());
        if (effective == null && allergy.hasRecordedDate()) {
            effective = EffectiveTime.at(HapiValues.time(allergy.getRecordedDateElement()));
        }
        return of(EntryKind.ALLERGY, effective, detail);
    }

    private NormalizedResource immunization(Immunization immunization) {
        EffectiveTime occurrence = effective(immunization.getOccurrence());
        var detail = new ImmunizationDetail(
                concept(immunization.getVaccineCode()),
                code(immunization.getStatusElement()),
                occurrence == null ? null : occurrence.start());
        return of(EntryKind.IMMUNIZATION, occurrence, detail);
    }

    private NormalizedResource procedure(Procedure procedure) {
        EffectiveTime performed = effective(procedure.getPerformed());
        var detail = new ProcedureDetail(concept(procedure.getCode()), code(procedure.getStatusElement()), performed);
        return of(EntryKind.PROCEDURE, performed, detail);
    }

    private NormalizedResource encounter(Encounter encounter) {
        EffectiveTime period = encounter.hasPeriod() ? HapiValues.period(encounter.getPeriod()) : null;
        var detail = new EncounterDetail(
                concepts(encounter.getType()),
                encounter.hasClass_() ? HapiValues.coding(encounter.getClass_()) : null,
                code(encounter.getStatusElement()),
                period,
                concepts(encounter.getReasonCode()));
        return of(EntryKind.ENCOUNTER, period, detail);
    }

    private NormalizedResource diagnosticReport(DiagnosticReport report, References references) {
        references.addAll("result", report.getResult());
        var detail = new DiagnosticReportDetail(
                concept(report.getCode()),
                report.getCategory().stream()
                        .map(HapiValues::firstCode)
                        .filter(c -> c != null)
                        .toList(),
                code(report.getStatusElement()),
                report.hasIssued() ? report.getIssued().toInstant() : null,
                report.hasConclusion() ? report.getConclusion() : null,
                report.getResult().stream()
                        .filter(Reference::hasReference)
                        .map(Reference::getReference)
                        .toList());
        EffectiveTime effective = effective(report.getEffective());
        if (effective == null && report.hasIssued()) {
            effective = EffectiveTime.at(HapiValues.time(report.getIssuedElement()));
        }
        return of(EntryKind.DIAGNOSTIC_REPORT, effective, detail);
    }

    private NormalizedResource claim(Claim claim) {
        EffectiveTime billable = claim.hasBillablePeriod() ? HapiValues.period(claim.getBillablePeriod()) : null;
        var created = claim.hasCreated() ? HapiValues.time(claim.getCreatedElement()) : null;
        var detail = new FinancialDetail(
                concept(claim.getType()),
                code(claim.getStatusElement()),
                claim.hasTotal() ? HapiValues.money(claim.getTotal()) : null,
                created,
                billable);
        return of(
                EntryKind.CLAIM,
                billable != null ? billable : created == null ? null : EffectiveTime.at(created),
                detail);
    }

    private NormalizedResource explanationOfBenefit(ExplanationOfBenefit benefit, References references) {
        references.add("claim", benefit.getClaim());
        EffectiveTime billable = benefit.hasBillablePeriod() ? HapiValues.period(benefit.getBillablePeriod()) : null;
        var created = benefit.hasCreated() ? HapiValues.time(benefit.getCreatedElement()) : null;
        Quantity total = benefit.getTotal().stream()
                .filter(t -> t.hasAmount())
                .map(t -> HapiValues.money(t.getAmount()))
                .findFirst()
                .orElse(null);
        var detail = new FinancialDetail(
                concept(benefit.getType()), code(benefit.getStatusElement()), total, created, billable);
        return of(
                EntryKind.EXPLANATION_OF_BENEFIT,
                billable != null ? billable : created == null ? null : EffectiveTime.at(created),
                detail);
    }

    private NormalizedResource other(Resource resource) {
        Concept code = null;
        for (String element : List.of("code", "type")) {
            var property = resource.getNamedProperty(element);
            if (property != null
                    && property.hasValues()
                    && property.getValues().getFirst() instanceof CodeableConcept c) {
                code = concept(c);
                break;
            }
        }
        return of(EntryKind.OTHER, null, new OtherDetail(code));
    }

    /** Collects the references a resource makes, with the element they come from. */
    private static final class References {
        private final List<ResourceReference> list = new ArrayList<>();

        void add(String element, Resource resource, String property) {
            var named = resource.getNamedProperty(property);
            if (named == null) {
                return;
            }
            for (Base value : named.getValues()) {
                if (value instanceof Reference reference) {
                    add(element, reference);
                }
            }
        }

        void add(String element, Reference reference) {
            if (reference != null && reference.hasReference()) {
                list.add(new ResourceReference(element, reference.getReference()));
            }
        }

        void addAll(String element, List<Reference> references) {
            references.forEach(r -> add(element, r));
        }

        List<ResourceReference> list() {
            return List.copyOf(list);
        }
    }
}
