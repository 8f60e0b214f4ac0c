package org.visitprep.ehr.sandbox.smart;

import java.util.Optional;

/**
 * How a token request says which client sends it: from HTTP Basic ({@code client_secret_basic}), from the form
 * ({@code client_secret_post}), or a bare {@code client_id} (public client).
 */
public record ClientCredentials(String clientId, Optional<String> secret) {}
