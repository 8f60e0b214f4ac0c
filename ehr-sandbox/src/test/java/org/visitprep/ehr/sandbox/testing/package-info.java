/**
 * What every module's integration tests use to run real servers: {@link
 * org.visitprep.ehr.sandbox.testing.ManagedProcess} (a server as a child process with its log) and {@link
 * org.visitprep.ehr.sandbox.testing.TestEhr} (this sandbox in Payara Micro, started once for a whole test run).
 * Shipped in the sandbox's test-jar.
 */
package org.visitprep.ehr.sandbox.testing;
