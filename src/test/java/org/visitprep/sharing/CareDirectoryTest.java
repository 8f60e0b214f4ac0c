package org.visitprep.sharing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.visitprep.database.OnEachDatabase;
import org.visitprep.database.TestDatabase;
import org.visitprep.visit.CareContact;
import org.visitprep.visit.TestPortal;

/** Whom a patient can choose: clinician accounts and practices, by name, on H2 and on PostgreSQL. */
class CareDirectoryTest {

    private TestPortal portal;

    @BeforeEach
    void openPortal(TestDatabase database) {
        portal = new TestPortal(database, Instant.parse("2026-11-30T10:00:00Z"));
    }

    @AfterEach
    void closePortal() throws SQLException {
        portal.close();
    }

    @OnEachDatabase
    void listsTheCliniciansByNameAndNoPatient(TestDatabase database) {
        String tag = UUID.randomUUID().toString();
        UUID zoe = portal.clinician("Zoé Directory " + tag);
        UUID abel = portal.clinician("Abel Directory " + tag);
        UUID patient = portal.patient("Pat Directory " + tag);

        List<CareContact> clinicians = portal.inTransaction(em -> new CareDirectory(em).clinicians());

        List<String> ours = clinicians.stream()
                .filter(contact -> contact.name().endsWith(tag))
                .map(CareContact::id)
                .toList();
        assertTrue(ours.equals(List.of(abel.toString(), zoe.toString())), ours.toString());
        assertTrue(clinicians.stream().allMatch(contact -> contact.kind() == CareContact.Kind.CLINICIAN));
        assertFalse(clinicians.stream().anyMatch(contact -> contact.id().equals(patient.toString())));
    }

    @OnEachDatabase
    void listsThePracticesButNoEhrOrganization(TestDatabase database) {
        String practice = "practice-" + UUID.randomUUID();
        String ehr = "ehr-" + UUID.randomUUID();
        portal.inTransaction(em -> {
            CareTeams teams = new JpaCareTeams(em);
            teams.add(CareOrganization.practice(practice, "Cabinet du Parc"));
            teams.add(CareOrganization.ehrOrganization(ehr, "Hôpital Nord"));
            return null;
        });

        List<CareContact> practices = portal.inTransaction(em -> new CareDirectory(em).practices());

        assertTrue(practices.contains(CareContact.practice(practice, "Cabinet du Parc")), practices.toString());
        assertFalse(practices.stream().anyMatch(contact -> ehr.equals(contact.id())));
        assertTrue(practices.stream().allMatch(contact -> contact.kind() == CareContact.Kind.PRACTICE));
    }
}
