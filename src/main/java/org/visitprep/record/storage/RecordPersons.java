package org.visitprep.record.storage;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.visitprep.crypto.KeyCustody;
import org.visitprep.crypto.PatientKeyService;
import org.visitprep.record.person.Person;
import org.visitprep.record.person.RecordPerson;

/**
 * Whom each record is about, for the web layer and the rest of the core: the record's person
 * ({@link RecordPerson}), the account's profile taken at sign-in, and, for a record that holds more than one person,
 * which import is about whom and the removal of an import. Callers pass the signed-in patient's account id, never an
 * id taken from a request.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecordPersons {

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    @EJB
    private StorageTransactions transactions;

    @EJB
    private KeyCustody custody;

    @EJB
    private PatientKeyService keyService;

    private RecordPersonKeeper keeper;

    @PostConstruct
    void wire() {
        keeper = new RecordPersonKeeper(
                transactions, ContainerCiphers.of(custody, keyService, entityManager), Clock.systemUTC());
    }

    /** What is known of the patient's identity: for the de-identification of text that leaves the portal. */
    public RecordPerson person(UUID patientId) {
        return keeper.person(patientId);
    }

    /** Keeps what the identity provider said of a patient at sign-in (their name, and birth date when it has one). */
    public void rememberProfile(UUID patientId, Person profile) {
        keeper.rememberProfile(patientId, profile);
    }

    /** The imports and whom each is about, when the record holds more than one person; empty otherwise. */
    public List<ImportAbout> importsAbout(UUID patientId) {
        return keeper.importsAbout(patientId);
    }

    /** Removes one of the patient's saved imports; false when they have no such import. */
    public boolean removeImport(UUID patientId, UUID importId) {
        return keeper.remove(patientId, importId);
    }

    /** Reviews up to {@code most} records not reviewed yet; for the start-up review. */
    public RecordPersonKeeper.ReviewCounts reviewPending(int most) {
        return keeper.reviewPending(most);
    }
}
