package org.visitprep.database;

/** The databases VisitPrep runs on. */
public enum DatabaseKind {
    /** The embedded default: a file next to the portal, no server to run. */
    H2,
    /** The production database. */
    POSTGRESQL
}
