/**
 * What the tests of every module share, shipped in the sandbox's test-jar: {@link
 * org.visitprep.ehr.sandbox.testing.ManagedProcess} (a server as a child process with its log), {@link
 * org.visitprep.ehr.sandbox.testing.TestEhr} (this sandbox in Payara Micro, started once for a whole test run) and
 * {@link org.visitprep.ehr.sandbox.testing.SettableClock}.
 */
package org.visitprep.ehr.sandbox.testing;
