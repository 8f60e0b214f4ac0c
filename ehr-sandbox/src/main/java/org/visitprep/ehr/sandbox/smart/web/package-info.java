/**
 * The authorization server's HTTP face: SMART discovery ({@code .well-known/smart-configuration}), the JWKS, the
 * authorize endpoint with its sign-in and consent page, and the token endpoint. Thin servlets over
 * {@link org.visitprep.ehr.sandbox.smart.AuthorizationServer}; they never log parameters, since they carry codes.
 */
package org.visitprep.ehr.sandbox.smart.web;
