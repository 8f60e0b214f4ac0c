package org.visitprep.web.security;

/** The Jakarta Security role names the portal's pages are guarded by; they match Keycloak's realm roles. */
public final class PortalRoles {

    public static final String PATIENT = "patient";
    public static final String CLINICIAN = "clinician";
    public static final String ADMIN = "admin";

    private PortalRoles() {}
}
