package org.visitprep.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.visitprep.visit.CareContact;

class ViewerTest {

    private final UUID clinician = UUID.randomUUID();
    private final List<Grantee> memberships = List.of(Grantee.practice("cabinet-1"), Grantee.ehrOrganization("ehr-1"));

    @Test
    void throughThePortalAClinicianActsForThemselfAndTheirOrganizations() {
        assertEquals(
                Set.of(Grantee.clinician(clinician), Grantee.practice("cabinet-1"), Grantee.ehrOrganization("ehr-1")),
                Viewer.throughPortal(clinician).actsFor(memberships));
    }

    @Test
    void launchedFromAnEhrAClinicianActsForThatEhrsOrganizationOnly() {
        assertEquals(
                Set.of(Grantee.ehrOrganization("ehr-2")),
                Viewer.throughEhr(clinician, "ehr-2").actsFor(memberships));
        assertThrows(IllegalArgumentException.class, () -> Viewer.throughEhr(clinician, " "));
    }

    @Test
    void whomTheAppointmentIsWithIsTheGranteeToOffer() {
        assertEquals(Optional.of(Grantee.clinician(clinician)), Grantee.of(CareContact.clinician(clinician)));
        assertEquals(
                Optional.of(Grantee.practice("cabinet-1")), Grantee.of(CareContact.practice("cabinet-1", "Cabinet")));
        assertEquals(Optional.empty(), Grantee.of(CareContact.practice(null, "A practice the portal does not know")));
    }
}
