/**
 * The entry point of record import: {@link org.visitprep.record.importing.RecordImporter} takes a file (FHIR R4,
 * an Apple Health export, a nutrition diary CSV), tells its kind when asked to, hands it to the right reader and
 * answers with every entry and counts by kind, or with the problems that refused it.
 *
 * <p>Pure Java: no transaction, no persistence, no logging of content. The storage layer calls it inside its
 * transaction and stores the entries (their identities make a second import of the same data a no-op); since the
 * result is all or nothing, a refused file changes nothing.
 */
package org.visitprep.record.importing;
