package org.visitprep.sharing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.visitprep.identity.Role;
import org.visitprep.identity.UserAccount;
import org.visitprep.visit.CareContact;

/**
 * Whom a patient can prepare a visit with and share a summary with: the clinicians of the portal (accounts whose
 * role is clinician; an account exists once the clinician has signed in, or the demo registered them) and the
 * practices the portal knows. Names only, no health data.
 */
@Stateless
@DeclareRoles({Role.Names.PATIENT, Role.Names.CLINICIAN, Role.Names.ADMIN})
@RolesAllowed(Role.Names.PATIENT)
public class CareDirectory {

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    public CareDirectory() {}

    /** For use outside the container, with an entity manager the caller manages. */
    public CareDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The clinicians of the portal by name, each as a contact carrying their account id. */
    public List<CareContact> clinicians() {
        return entityManager
                .createQuery(
                        "select a from UserAccount a where a.role = :role order by a.displayName", UserAccount.class)
                .setParameter("role", Role.CLINICIAN)
                .getResultStream()
                .map(account ->
                        new CareContact(CareContact.Kind.CLINICIAN, account.id().toString(), account.displayName()))
                .toList();
    }

    /** The practices of the portal by name, each as a contact carrying the practice's id. */
    public List<CareContact> practices() {
        return entityManager
                .createQuery(
                        "select o from CareOrganization o where o.kind = :kind order by o.name", CareOrganization.class)
                .setParameter("kind", Grantee.Kind.PRACTICE)
                .getResultStream()
                .map(practice -> CareContact.practice(practice.id(), practice.name()))
                .toList();
    }

    /** The EHR organizations of the portal (one per registered EHR) by name, each as a contact carrying its id. */
    public List<CareContact> ehrOrganizations() {
        return entityManager
                .createQuery(
                        "select o from CareOrganization o where o.kind = :kind order by o.name", CareOrganization.class)
                .setParameter("kind", Grantee.Kind.EHR_ORGANIZATION)
                .getResultStream()
                .map(organization -> CareContact.ehrOrganization(organization.id(), organization.name()))
                .toList();
    }
}
