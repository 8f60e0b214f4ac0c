package org.visitprep.record.fhir;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.Medication;
import org.visitprep.record.Concept;
import org.visitprep.record.MedicationDetail;
import org.visitprep.record.RecordEntry;

/**
 * The codes of the Medication resources of one file, so medication entries that refer to them
 * ({@code medicationReference}) get the medicine's code. Filled while resources are parsed, possibly by several
 * threads; read once all are.
 */
final class MedicationCodes {

    private final Map<String, Concept> byReference = new ConcurrentHashMap<>();

    void remember(Medication medication, String fullUrl, String id) {
        Concept code = HapiValues.concept(medication.getCode());
        if (code == null) {
            return;
        }
        if (fullUrl != null) {
            byReference.put(fullUrl, code);
        }
        if (id != null) {
            byReference.put("Medication/" + id, code);
        }
    }

    /** The entry with its medication resolved, or the entry itself when the reference leads nowhere known. */
    RecordEntry resolve(RecordEntry entry, String reference) {
        if (reference == null || !(entry.detail() instanceof MedicationDetail detail)) {
            return entry;
        }
        Concept code = byReference.get(reference);
        if (code == null) {
            int typed = reference.lastIndexOf("Medication/");
            code = typed >= 0 ? byReference.get(reference.substring(typed)) : null;
        }
        return code == null ? entry : entry.withDetail(detail.withMedication(code));
    }

    void resolveAll(RecordEntry[] entries, String[] references) {
        for (int i = 0; i < entries.length; i++) {
            if (entries[i] != null) {
                entries[i] = resolve(entries[i], references[i]);
            }
        }
    }
}
