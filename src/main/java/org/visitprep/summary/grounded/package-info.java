/**
 * The grounded engine: the default, deterministic and offline summary writer, which turns facts into short plain
 * sentences in English or French from message bundles (our own words), each citing its facts and entries.
 *
 * <p>Sentences describe the record ("Hemoglobin A1c: 6.9 % on 12 March 2026, above the general adult range of below
 * 5.7 %"); they never interpret it, diagnose or advise. Nothing here reads the record itself.
 */
package org.visitprep.summary.grounded;
