/**
 * The database the core keeps its state in: the data source chosen by configuration (the embedded H2 file by
 * default, PostgreSQL in production), the Flyway migrations applied at start-up, and the readiness check.
 *
 * <p>Only this package knows which database is in use; entities and repositories speak JPA and stay portable.
 */
package org.visitprep.database;
