/**
 * The load benchmark: clinicians and patients, each signed in through Keycloak's own sign-in form by a plain HTTP
 * client, reading their pages at once against one portal, with a static resource of the same server as the same
 * run's baseline. Loopback only, bounded in time and requests; benchmarks print {@code BENCH} lines and assert
 * nothing of their timings.
 */
package org.visitprep.web.it.load;
