/**
 * Tests of the EAR on a full Jakarta EE server (Payara Server 6): the same core EJB module and WAR that Payara
 * Micro runs, deployed the way a hospital's IT team would deploy them.
 */
package org.visitprep.ear;
