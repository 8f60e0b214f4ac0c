package org.visitprep.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What a person does in VisitPrep; the names match the identity provider's realm roles. */
public enum Role {
    ADMIN(Names.ADMIN),
    CLINICIAN(Names.CLINICIAN),
    PATIENT(Names.PATIENT);

    /** The roles' names as constants, for {@code @RolesAllowed} on the core's services. */
    public static final class Names {
        public static final String ADMIN = "admin";
        public static final String CLINICIAN = "clinician";
        public static final String PATIENT = "patient";

        private Names() {}
    }

    /** When someone holds several roles, the first of this list names their account. */
    private static final List<Role> PRECEDENCE = List.of(ADMIN, CLINICIAN, PATIENT);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The role's name in the identity provider and in Jakarta Security. */
    public String roleName() {
        return roleName;
    }

    /** The role that names an account holding the given roles, if any of them is VisitPrep's. */
    public static Optional<Role> primaryOf(Collection<Role> held) {
        return PRECEDENCE.stream().filter(held::contains).findFirst();
    }
}
