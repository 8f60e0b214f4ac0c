/**
 * Browser tests of the administrators' pages, with the SMTP sink that receives the test Keycloak's e-mails (a
 * clinician's invitation) in place of a mail server.
 */
package org.visitprep.web.it.admin;
