package org.visitprep.ehr.sandbox.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IPagingProvider;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import java.util.Optional;
import org.visitprep.ehr.sandbox.smart.AccessGrant;
import org.visitprep.ehr.sandbox.smart.AuthorizationServer;

/**
 * Lets a FHIR request through only with a live bearer token this sandbox issued; the CapabilityStatement is open.
 * A page of earlier search results is served only to the viewer who searched.
 */
@Interceptor
final class BearerTokenCheck {

    private static final String BEARER = "Bearer ";

    private final AuthorizationServer authorizationServer;
    private final IPagingProvider pagingProvider;

    BearerTokenCheck(AuthorizationServer authorizationServer, IPagingProvider pagingProvider) {
        this.authorizationServer = authorizationServer;
        this.pagingProvider = pagingProvider;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void requireAccessToken(RequestDetails request, RestOperationTypeEnum operation) {
        if (operation == RestOperationTypeEnum.METADATA) {
            return;
        }
        AccessGrant grant =
                bearerToken(request).flatMap(authorizationServer::grantFor).orElseThrow(BearerTokenCheck::unauthorized);
        if (operation == RestOperationTypeEnum.GET_PAGE) {
            requireSameViewer(request, grant);
        }
        RequestGrant.attach(request, grant);
    }

    private void requireSameViewer(RequestDetails request, AccessGrant grant) {
        String[] pageIds = request.getParameters().get("_getpages");
        if (pageIds == null || pageIds.length != 1) {
            return;
        }
        IBundleProvider results = pagingProvider.retrieveResultList(request, pageIds[0]);
        if (results instanceof ViewerResults viewerResults && !viewerResults.belongTo(grant.viewer())) {
            throw new ForbiddenOperationException("These search results belong to another access token");
        }
    }

    private static Optional<String> bearerToken(RequestDetails request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static AuthenticationException unauthorized() {
        AuthenticationException refusal = new AuthenticationException(
                "A valid bearer access token from this EHR's authorization server is required");
        refusal.addResponseHeader("WWW-Authenticate", "Bearer realm=\"fhir\", error=\"invalid_token\"");
        return refusal;
    }
}
