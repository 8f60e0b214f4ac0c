package org.visitprep.web.patient.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.visitprep.lab.TestedPerson;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.storage.PatientRecords;
import org.visitprep.web.security.SignedInPerson;

/**
 * The signed-in patient's record, opened at most once per request and never kept beyond it. The patient is the one
 * of the session ({@link SignedInPerson}), never one named by the request.
 */
@RequestScoped
public class SignedInRecord {

    @Inject
    private SignedInPerson signedInPerson;

    @Inject
    private PatientRecords patientRecords;

    private PatientRecord record;

    public PatientRecord record() {
        if (record == null) {
            record = patientRecords.openFor(signedInPerson.patientId());
        }
        return record;
    }

    /** The patient as the lab judge needs them, from the record's Patient resource. */
    public TestedPerson testedPerson() {
        return TestedPerson.of(record().patient().orElse(null));
    }
}
