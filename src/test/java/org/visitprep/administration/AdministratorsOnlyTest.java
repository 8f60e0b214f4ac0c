package org.visitprep.administration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.visitprep.identity.Role;

/** The administrators' services refuse anyone else in the core, whatever page calls them. */
class AdministratorsOnlyTest {

    @Test
    void every_administrative_service_allows_administrators_only() {
        for (Class<?> service :
                List.of(Clinicians.class, EhrRegistrations.class, AccessEventSearch.class, SystemStatus.class)) {
            RolesAllowed allowed = service.getAnnotation(RolesAllowed.class);
            assertNotNull(allowed, service.getSimpleName() + " names no role");
            assertArrayEquals(new String[] {Role.Names.ADMIN}, allowed.value(), service.getSimpleName());
        }
    }
}
