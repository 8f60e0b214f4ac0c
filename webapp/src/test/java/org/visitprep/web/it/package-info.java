/**
 * Integration tests of the whole portal, in the style of the OmniFaces suite: {@code stack} boots the real Keycloak
 * and Payara Micro once per run, {@code browser} drives headless Chromium through page objects that run axe-core on
 * every page they show, and each user journey has its own folder.
 */
package org.visitprep.web.it;
