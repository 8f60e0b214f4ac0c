package org.visitprep.ehr.sandbox.record;

import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/** Opens encounters: a visit starting now, as an EHR does when a practitioner sees a patient. */
public final class Encounters {

    private static final String ACT_CODE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    private final PatientRecords records;
    private final Clock clock;

    public Encounters(PatientRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** Opens an in-progress ambulatory encounter of this patient with this practitioner, and returns its id. */
    public String open(String patientId, String practitionerId, String organizationId) {
        String id = "sandbox-" + UUID.randomUUID();
        Encounter encounter = new Encounter();
        encounter.setId("Encounter/" + id);
        encounter.setStatus(Encounter.EncounterStatus.INPROGRESS);
        encounter.setClass_(new Coding(ACT_CODE_SYSTEM, "AMB", "ambulatory"));
        encounter.setSubject(new Reference("Patient/" + patientId));
        encounter.addParticipant().setIndividual(new Reference("Practitioner/" + practitionerId));
        encounter.setServiceProvider(new Reference("Organization/" + organizationId));
        encounter.setPeriod(new Period().setStart(Date.from(clock.instant())));
        records.addToRecord(patientId, encounter);
        return id;
    }
}
