package org.visitprep.record.fhir;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;

/**
 * The elements of the normalized kinds that FHIR R4 makes mandatory (cardinality 1..1) and without which an entry
 * cannot be shown truthfully; HAPI's parser does not check cardinality. Sources: the "Resource Content" tables of
 * http://hl7.org/fhir/R4/observation.html, medicationrequest.html, medicationstatement.html, condition.html,
 * allergyintolerance.html, immunization.html, procedure.html, encounter.html and diagnosticreport.html.
 */
final class RequiredElements {

    private RequiredElements() {}

    /** The names of the required elements the resource lacks. */
    static List<String> missingIn(Resource resource) {
        List<String> missing = new ArrayList<>();
        switch (resource) {
            case Observation o -> {
                require(o.hasStatus(), "status", missing);
                require(o.hasCode(), "code", missing);
            }
            case MedicationRequest m -> {
                require(m.hasStatus(), "status", missing);
                require(m.hasIntent(), "intent", missing);
                require(m.hasMedication(), "medication[x]", missing);
                require(m.hasSubject(), "subject", missing);
            }
            case MedicationStatement m -> {
                require(m.hasStatus(), "status", missing);
                require(m.hasMedication(), "medication[x]", missing);
                require(m.hasSubject(), "subject", missing);
            }
            case Condition c -> require(c.hasSubject(), "subject", missing);
            case AllergyIntolerance a -> require(a.hasPatient(), "patient", missing);
            case Immunization i -> {
                require(i.hasStatus(), "status", missing);
                require(i.hasVaccineCode(), "vaccineCode", missing);
                require(i.hasPatient(), "patient", missing);
                require(i.hasOccurrence(), "occurrence[x]", missing);
            }
            case Procedure p -> {
                require(p.hasStatus(), "status", missing);
                require(p.hasSubject(), "subject", missing);
            }
            case Encounter e -> {
                require(e.hasStatus(), "status", missing);
                require(e.hasClass_(), "class", missing);
            }
            case DiagnosticReport d -> {
                require(d.hasStatus(), "status", missing);
                require(d.hasCode(), "code", missing);
            }
            default -> {}
        }
        return missing;
    }

    private static void require(boolean present, String element, List<String> missing) {
        if (!present) {
            missing.add(element);
        }
    }
}
