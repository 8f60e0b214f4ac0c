package org.visitprep.record.fhir;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells a resource written for an older FHIR version (DSTU2, STU3) from a broken R4 one, so the person can be told
 * which version their file looks like. Consulted only once a resource failed as R4.
 *
 * <p>Each rule names a resource type or element that exists in the older version and not (or not in that shape) in
 * R4. Checked against the element tables of each type's page in the three versions: http://hl7.org/fhir/DSTU2/,
 * http://hl7.org/fhir/STU3/ and http://hl7.org/fhir/R4/ (e.g. {@code medicationstatement.html}: STU3 has
 * {@code taken}, DSTU2 {@code wasNotTaken} and {@code patient}, R4 neither), and the list of resources removed in
 * R4 in http://hl7.org/fhir/R4/history.html.
 */
final class LegacyFhirVersion {

    /** What a JSON element's value is, for rules that hinge on shape rather than name. */
    enum Shape {
        STRING,
        OBJECT,
        ARRAY,
        OTHER
    }

    /** The verdict: the version it looks like and the element or type that gives it away. */
    record Verdict(String version, String evidence) {}

    private record ElementRule(String resourceType, String element, Shape shape, String version) {}

    private static final Map<String, String> REMOVED_TYPES = Map.ofEntries(
            Map.entry("MedicationOrder", "DSTU2"),
            Map.entry("DiagnosticOrder", "DSTU2"),
            Map.entry("Order", "DSTU2"),
            Map.entry("OrderResponse", "DSTU2"),
            Map.entry("DeviceUseRequest", "DSTU2"),
            Map.entry("Conformance", "DSTU2"),
            Map.entry("ImagingObjectSelection", "DSTU2"),
            Map.entry("ProcedureRequest", "STU3"),
            Map.entry("ReferralRequest", "STU3"),
            Map.entry("BodySite", "STU3"),
            Map.entry("DataElement", "STU3"),
            Map.entry("ImagingManifest", "STU3"),
            Map.entry("Sequence", "STU3"),
            Map.entry("ProcessRequest", "STU3"),
            Map.entry("ProcessResponse", "STU3"),
            Map.entry("EligibilityRequest", "STU3"),
            Map.entry("EligibilityResponse", "STU3"),
            Map.entry("DeviceComponent", "STU3"),
            Map.entry("ExpansionProfile", "STU3"),
            Map.entry("ServiceDefinition", "STU3"));

    /** Element rules; a null shape matches any shape. DSTU2 rules come first: their elements are more telling. */
    private static final List<ElementRule> ELEMENT_RULES = List.of(
            new ElementRule("MedicationStatement", "wasNotTaken", null, "DSTU2"),
            new ElementRule("MedicationStatement", "patient", null, "DSTU2"),
            new ElementRule("Condition", "patient", null, "DSTU2"),
            new ElementRule("Condition", "dateRecorded", null, "DSTU2"),
            new ElementRule("AllergyIntolerance", "substance", null, "DSTU2"),
            new ElementRule("AllergyIntolerance", "status", null, "DSTU2"),
            new ElementRule("Immunization", "wasNotGiven", null, "DSTU2"),
            new ElementRule("Immunization", "reported", null, "DSTU2"),
            new ElementRule("Encounter", "patient", null, "DSTU2"),
            new ElementRule("Encounter", "class", Shape.STRING, "DSTU2"),
            new ElementRule("Procedure", "notPerformed", null, "DSTU2"),
            new ElementRule("Observation", "comments", null, "DSTU2"),
            new ElementRule("DiagnosticReport", "request", null, "DSTU2"),
            new ElementRule("MedicationStatement", "taken", null, "STU3"),
            new ElementRule("MedicationStatement", "context", null, "STU3"),
            new ElementRule("MedicationRequest", "context", null, "STU3"),
            new ElementRule("MedicationRequest", "definition", null, "STU3"),
            new ElementRule("Condition", "clinicalStatus", Shape.STRING, "STU3"),
            new ElementRule("Condition", "verificationStatus", Shape.STRING, "STU3"),
            new ElementRule("Condition", "assertedDate", null, "STU3"),
            new ElementRule("Condition", "context", null, "STU3"),
            new ElementRule("AllergyIntolerance", "clinicalStatus", Shape.STRING, "STU3"),
            new ElementRule("AllergyIntolerance", "verificationStatus", Shape.STRING, "STU3"),
            new ElementRule("AllergyIntolerance", "assertedDate", null, "STU3"),
            new ElementRule("Immunization", "notGiven", null, "STU3"),
            new ElementRule("Immunization", "date", null, "STU3"),
            new ElementRule("Observation", "context", null, "STU3"),
            new ElementRule("Observation", "comment", null, "STU3"),
            new ElementRule("Procedure", "notDone", null, "STU3"),
            new ElementRule("Procedure", "context", null, "STU3"),
            new ElementRule("Procedure", "definition", null, "STU3"),
            new ElementRule("DiagnosticReport", "context", null, "STU3"),
            new ElementRule("DiagnosticReport", "codedDiagnosis", null, "STU3"),
            new ElementRule("DiagnosticReport", "image", null, "STU3"),
            new ElementRule("Encounter", "incomingReferral", null, "STU3"),
            new ElementRule("Encounter", "reason", null, "STU3"),
            new ElementRule("Patient", "animal", null, "STU3"));

    private LegacyFhirVersion() {}

    /** The older version a resource type names, when R4 no longer has it. */
    static Optional<Verdict> ofRemovedType(String resourceType) {
        return Optional.ofNullable(REMOVED_TYPES.get(resourceType)).map(v -> new Verdict(v, resourceType));
    }

    /**
     * The older version a resource's top-level elements or profiles point to.
     *
     * @param elements the resource's top-level element names and the shape of their values
     * @param profiles its {@code meta.profile} URLs and any {@code fhirVersion} it states
     */
    static Optional<Verdict> ofElements(String resourceType, Map<String, Shape> elements, List<String> profiles) {
        for (ElementRule rule : ELEMENT_RULES) {
            Shape shape = elements.get(rule.element());
            if (rule.resourceType().equals(resourceType)
                    && shape != null
                    && (rule.shape() == null || rule.shape() == shape)) {
                return Optional.of(new Verdict(rule.version(), resourceType + "." + rule.element()));
            }
        }
        for (String profile : profiles) {
            if (profile.contains("/DSTU2/") || profile.contains("/fhir/1.0") || profile.startsWith("1.0.")) {
                return Optional.of(new Verdict("DSTU2", profile));
            }
            if (profile.contains("/STU3/") || profile.contains("/fhir/3.0") || profile.startsWith("3.0.")) {
                return Optional.of(new Verdict("STU3", profile));
            }
        }
        return Optional.empty();
    }
}
