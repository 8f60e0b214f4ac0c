package org.visitprep.ehr.sandbox.web;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON answers of the OAuth and discovery endpoints: never cached, since some carry tokens. */
public final class JsonAnswer {

    private JsonAnswer() {}

    public static void write(HttpServletResponse response, int status, Map<String, ?> json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.getWriter().write(JSONObjectUtils.toJSONString(new LinkedHashMap<String, Object>(json)));
    }

    /** An OAuth error answer (RFC 6749 section 5.2). */
    public static void error(HttpServletResponse response, int status, String error, String description)
            throws IOException {
        write(response, status, Map.of("error", error, "error_description", description));
    }
}
