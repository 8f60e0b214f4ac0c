package org.visitprep.ehr.sandbox.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestSecurityComponent;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.UriType;

/** Says in the CapabilityStatement that this server is protected by SMART on FHIR, and where to authorize. */
@Interceptor
final class SmartCapabilities {

    private static final String SECURITY_SERVICES = "http://terminology.hl7.org/CodeSystem/restful-security-service";
    private static final String OAUTH_URIS = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris";

    private final String authorizeUrl;
    private final String tokenUrl;

    SmartCapabilities(String authorizeUrl, String tokenUrl) {
        this.authorizeUrl = authorizeUrl;
        this.tokenUrl = tokenUrl;
    }

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void advertiseSmart(IBaseConformance generated) {
        if (!(generated instanceof CapabilityStatement statement)) {
            return;
        }
        CapabilityStatementRestSecurityComponent security =
                statement.getRestFirstRep().getSecurity();
        if (security.getExtensionByUrl(OAUTH_URIS) != null) {
            return;
        }
        security.addService().addCoding().setSystem(SECURITY_SERVICES).setCode("SMART-on-FHIR");
        security.setDescription("SMART App Launch 2: OAuth 2 with PKCE; see .well-known/smart-configuration");
        Extension oauthUris = security.addExtension().setUrl(OAUTH_URIS);
        oauthUris.addExtension("authorize", new UriType(authorizeUrl));
        oauthUris.addExtension("token", new UriType(tokenUrl));
    }
}
