/**
 * Signing in and out through the identity provider (Keycloak) with the standard Jakarta Security OpenID Connect
 * mechanism, the portal account that goes with each signed-in person, and the web tier's defences: the headers of
 * every response (no caching, framing, Content-Security-Policy with PrimeFaces' nonces, HSTS over https), the CSP
 * violation reports, the form token of every POST outside Faces, the session's lifetime and roles read again, and
 * {@link org.visitprep.web.security.ScriptText}, the one escaping of values written into scripts.
 */
package org.visitprep.web.security;
