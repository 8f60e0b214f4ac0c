package org.visitprep.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.visitprep.ehr.registry.RegisteredEhr;

class FramingPolicyTest {

    private static RegisteredEhr ehr(String key, String iss, String origin) {
        return new RegisteredEhr(key, iss, "portal", "secret", key, "Organization/" + key, origin);
    }

    @Test
    void theLaunchPagesMayBeFramedByThePortalAndEachRegisteredEhrsOriginOnly() {
        assertEquals(
                "'self' http://localhost:8280 https://ehr.example.org",
                ProtectedPageHeaders.ehrFramers(List.of(
                        ehr("sandbox", "http://localhost:8280/fhir", "http://localhost:8280"),
                        ehr("north", "https://ehr.example.org/r4", null),
                        ehr("again", "https://ehr.example.org/other", "https://ehr.example.org"))));
    }

    @Test
    void anOriginThatWouldWidenThePolicyIsLeftOut() {
        assertEquals(
                "'self'",
                ProtectedPageHeaders.ehrFramers(List.of(
                        ehr("a", "https://a.example/fhir", "https://a.example *"),
                        ehr("b", "https://b.example/fhir", "https://b.example; script-src *"),
                        ehr("c", "https://c.example/fhir", "*"))));
    }
}
