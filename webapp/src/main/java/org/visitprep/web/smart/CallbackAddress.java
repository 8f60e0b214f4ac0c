package org.visitprep.web.smart;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * The portal's own addresses the EHR sends the browser back to. Built from the request: the EHR compares the redirect
 * URI with its registration exactly, so an address built from a forged Host header only makes the EHR refuse.
 */
public final class CallbackAddress {

    /** Where an EHR launch comes back. */
    public static final String EHR_LAUNCH = "/smart/callback";

    /** Where a patient's standalone launch comes back: inside the patient area, with her portal sign-in. */
    public static final String PATIENT_LAUNCH = "/patient/ehr/callback";

    private CallbackAddress() {}

    public static URI of(HttpServletRequest request, String path) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return URI.create(scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath() + path);
    }
}
