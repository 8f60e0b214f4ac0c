package org.visitprep.ehr.smart;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The EHRs' published signing keys (their JWKS), one cached source per {@code jwks_uri}: fetched when first needed,
 * kept a few minutes, and fetched again when a token names a key not seen yet (the EHR rotated its keys).
 */
public final class EhrKeys {

    private static final int JWKS_SIZE_LIMIT = 256 * 1024;

    private final Duration timeout;
    private final Map<URI, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();

    public EhrKeys(Duration timeout) {
        this.timeout = timeout;
    }

    public JWKSource<SecurityContext> at(URI jwksUri) {
        return sources.computeIfAbsent(jwksUri, this::sourceFor);
    }

    private JWKSource<SecurityContext> sourceFor(URI jwksUri) {
        int millis = (int) timeout.toMillis();
        try {
            return JWKSourceBuilder.<SecurityContext>create(
                            jwksUri.toURL(), new DefaultResourceRetriever(millis, millis, JWKS_SIZE_LIMIT))
                    .retrying(false)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a URL: " + jwksUri, e);
        }
    }
}
