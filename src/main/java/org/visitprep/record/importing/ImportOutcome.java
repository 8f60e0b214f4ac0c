package org.visitprep.record.importing;

/**
 * What an import came to: every entry of the file ({@link ImportResult}), or nothing and why ({@link ImportRefusal}).
 */
public sealed interface ImportOutcome permits ImportResult, ImportRefusal {

    boolean isImported();
}
