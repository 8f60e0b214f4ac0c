/**
 * SMART App Launch through the real flows: the test EHR's page launching VisitPrep in its frame, its sign-in and
 * consent page, the portal's review screen and launch problems, and the patient's EHR records page. Page objects here
 * name what people see; the tests drive Chromium against the real portal, Keycloak and test EHR.
 */
package org.visitprep.web.it.smart;
