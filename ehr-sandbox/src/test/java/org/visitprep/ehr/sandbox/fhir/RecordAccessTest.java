package org.visitprep.ehr.sandbox.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.visitprep.ehr.sandbox.clinic.SandboxClinic;
import org.visitprep.ehr.sandbox.record.PatientRecords;
import org.visitprep.ehr.sandbox.smart.AccessGrant;
import org.visitprep.ehr.sandbox.smart.SandboxUser;
import org.visitprep.ehr.sandbox.smart.Scopes;

class RecordAccessTest {

    private final PatientRecords records = new PatientRecords();
    private final RecordAccess access = new RecordAccess(records);

    RecordAccessTest() {
        SandboxClinic.resources().forEach(records::addClinicResource);
        addPatient("ann", "obs-ann-1", "obs-ann-2");
        addPatient("ben", "obs-ben-1");
    }

    @Test
    void aPatientTokenReadsItsOwnRecord() {
        AccessGrant ann = patientGrant("ann", "patient/*.rs");

        assertEquals(
                "ann", access.read("Patient", new IdType("Patient/ann"), ann).getIdPart());
        assertEquals(
                "obs-ann-1",
                access.read("Observation", new IdType("obs-ann-1"), ann).getIdPart());
    }

    @Test
    void aPatientTokenCannotReadAnotherPatient() {
        AccessGrant ann = patientGrant("ann", "patient/*.rs");

        assertThrows(ForbiddenOperationException.class, () -> access.read("Patient", new IdType("ben"), ann));
        assertThrows(ForbiddenOperationException.class, () -> access.read("Observation", new IdType("obs-ben-1"), ann));
        assertThrows(
                ForbiddenOperationException.class,
                () -> access.search("Observation", Optional.of(new ReferenceParam("Patient/ben")), ann));
        assertThrows(ForbiddenOperationException.class, () -> access.everything(new IdType("ben"), ann));
    }

    @Test
    void aPatientTokenSearchingWithoutAPatientSeesOnlyItsOwnRecord() {
        AccessGrant ann = patientGrant("ann", "patient/*.rs");

        assertEquals(2, access.search("Observation", Optional.empty(), ann).size());
        assertEquals(1, access.search("Patient", Optional.empty(), ann).size());
    }

    @Test
    void aTypeScopeOpensOnlyThatType() {
        AccessGrant ann = patientGrant("ann", "patient/Patient.rs");

        assertEquals("ann", access.read("Patient", new IdType("ann"), ann).getIdPart());
        assertThrows(ForbiddenOperationException.class, () -> access.read("Observation", new IdType("obs-ann-1"), ann));
    }

    @Test
    void aPractitionerWithUserScopesSeesEveryRecord() {
        AccessGrant drBob = new AccessGrant(
                "portal",
                SandboxUser.practitioner("drbob"),
                Optional.empty(),
                Optional.empty(),
                Scopes.parse("user/*.rs"),
                false);

        assertEquals(3, access.search("Observation", Optional.empty(), drBob).size());
        assertEquals(
                1,
                access.search("Observation", Optional.of(new ReferenceParam("ben")), drBob)
                        .size());
        assertEquals(3, access.everything(new IdType("ann"), drBob).size());
    }

    @Test
    void everyTokenReadsTheClinicPractitioners() {
        AccessGrant ann = patientGrant("ann", "patient/*.rs");

        assertEquals(
                "drbob", access.read("Practitioner", new IdType("drbob"), ann).getIdPart());
    }

    @Test
    void unknownIdsAndWrongReferencesAreClearErrors() {
        AccessGrant ann = patientGrant("ann", "patient/*.rs");

        assertThrows(ResourceNotFoundException.class, () -> access.read("Patient", new IdType("nobody"), ann));
        assertThrows(
                InvalidRequestException.class,
                () -> access.search("Observation", Optional.of(new ReferenceParam("Group/ann")), ann));
    }

    private static AccessGrant patientGrant(String patientId, String scopes) {
        return new AccessGrant(
                "portal",
                SandboxUser.patient(patientId),
                Optional.of(patientId),
                Optional.empty(),
                Scopes.parse(scopes),
                true);
    }

    private void addPatient(String patientId, String... observationIds) {
        Patient patient = new Patient();
        patient.setId("Patient/" + patientId);
        List<Resource> record = new ArrayList<>(List.of(patient));
        for (String observationId : observationIds) {
            Observation observation = new Observation();
            observation.setId("Observation/" + observationId);
            observation.setSubject(new Reference("Patient/" + patientId));
            record.add(observation);
        }
        records.addRecord(patient, record);
    }
}
