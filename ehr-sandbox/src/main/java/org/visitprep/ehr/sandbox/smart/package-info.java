/**
 * The SMART App Launch 2 authorization server: validating authorization requests, issuing single-use authorization
 * codes (PKCE S256 only), access and refresh tokens, and id_tokens signed with the sandbox's own RSA key.
 *
 * <p>Plain Java with an injectable clock, so the rules are unit-tested without a server. The servlets that speak
 * HTTP live in {@code smart.web}; tokens are kept in memory and never logged.
 */
package org.visitprep.ehr.sandbox.smart;
