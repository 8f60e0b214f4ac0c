/**
 * The SMART App Launch 2 client: discovery of an EHR's {@code .well-known/smart-configuration}, the authorize
 * redirect of an EHR launch or a standalone patient launch (PKCE S256, state, nonce, {@code aud}), the pending
 * flow the web layer keeps in the HTTP session, and the callback: token exchange ({@code client_secret_basic}) and
 * verification of the id_token against the EHR's JWKS.
 *
 * <p>{@link org.visitprep.ehr.smart.SmartLaunches} is the facade; the rest are plain classes. Tokens live in
 * {@link org.visitprep.ehr.smart.TokenSet}, whose text never shows them; nothing here logs them.
 */
package org.visitprep.ehr.smart;
