/**
 * VisitPrep's benchmarks, run by {@code ./visitprep bench}: each measures a piece of VisitPrep and a baseline in the
 * same run, on the same machine and the same data, and prints each figure on a line of its own as
 * {@code BENCH <name> <value> <unit>}. Nothing here is part of the application.
 */
package org.visitprep.benchmarks;
