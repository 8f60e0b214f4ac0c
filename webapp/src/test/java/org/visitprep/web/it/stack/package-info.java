/**
 * The running system under test: the real Keycloak with the development realm and Payara Micro with the portal's
 * WAR, started once per test run as child processes and stopped when the run ends.
 */
package org.visitprep.web.it.stack;
