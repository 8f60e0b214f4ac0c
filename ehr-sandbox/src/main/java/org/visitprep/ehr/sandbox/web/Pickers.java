package org.visitprep.ehr.sandbox.web;

import static org.visitprep.ehr.sandbox.web.HtmlPage.escape;

import org.hl7.fhir.r4.model.Patient;
import org.visitprep.ehr.sandbox.clinic.ClinicPractitioner;
import org.visitprep.ehr.sandbox.clinic.SandboxClinic;

/** The form fields that pick a practitioner of the clinic or a patient, shared by the EHR page and the consent page. */
public final class Pickers {

    private Pickers() {}

    /** Radio buttons for the clinic's practitioners (field {@code practitioner}), the first checked. */
    public static void appendPractitionerChoice(StringBuilder main, String legend) {
        main.append("<fieldset><legend>").append(escape(legend)).append("</legend>");
        boolean first = true;
        for (ClinicPractitioner practitioner : SandboxClinic.PRACTITIONERS) {
            String id = "practitioner-" + practitioner.id();
            main.append("<label for=\"")
                    .append(id)
                    .append("\"><input type=\"radio\" name=\"practitioner\" id=\"")
                    .append(id)
                    .append("\" value=\"")
                    .append(escape(practitioner.id()))
                    .append('"')
                    .append(first ? " checked" : "")
                    .append("> ")
                    .append(escape(practitioner.displayName()))
                    .append("</label>");
            first = false;
        }
        main.append("</fieldset>");
    }

    /** A required select of the patients (field {@code patient}), each shown by {@link #describe}. */
    public static void appendPatientChoice(StringBuilder main, Iterable<Patient> patients, String label) {
        main.append("<p><label for=\"patient\">").append(escape(label)).append("</label>");
        main.append("<select id=\"patient\" name=\"patient\" required>");
        for (Patient patient : patients) {
            main.append("<option value=\"")
                    .append(escape(patient.getIdPart()))
                    .append("\">")
                    .append(escape(describe(patient)))
                    .append("</option>");
        }
        main.append("</select></p>");
    }

    /** A patient as pickers show them: name and birth date. */
    public static String describe(Patient patient) {
        String name = patient.getNameFirstRep().getNameAsSingleString();
        return patient.hasBirthDate()
                ? name + ", born " + patient.getBirthDateElement().getValueAsString()
                : name;
    }
}
