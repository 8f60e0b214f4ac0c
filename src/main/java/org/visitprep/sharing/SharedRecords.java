package org.visitprep.sharing;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.storage.PatientRecords;

/**
 * A clinician's reads of a patient's record through a share: the entries a shared summary cites and their original
 * FHIR resources. The grant and the viewer are checked here, in the core, at every read ({@link
 * Sharing#readablePatient}), so no page can read a record the share does not open to that viewer.
 */
@Stateless
public class SharedRecords {

    @EJB
    private Sharing sharing;

    @EJB
    private PatientRecords records;

    /** The record behind the grant, while the viewer may open the grant; empty (and logged) otherwise. */
    public Optional<PatientRecord> citedRecord(UUID grantId, Viewer viewer) {
        if (grantId == null || viewer == null) {
            return Optional.empty();
        }
        return sharing.readablePatient(grantId, viewer).map(records::openFor);
    }
}
