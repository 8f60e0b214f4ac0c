/**
 * Signing in and out through the identity provider (Keycloak) with the standard Jakarta Security OpenID Connect
 * mechanism, the portal account that goes with each signed-in person, and the HTTP headers that keep protected pages
 * out of caches.
 */
package org.visitprep.web.security;
