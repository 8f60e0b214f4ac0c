/**
 * Whom a record is about. A record holds one person's health data: every import names whom its source is about
 * ({@link org.visitprep.record.person.SourcePeople}), and that is compared with the record's person
 * ({@link org.visitprep.record.person.PersonCheck}) before anything is stored. The rules, in short:
 * <ul>
 *   <li>a source about more than one person is refused;</li>
 *   <li>a shared identifier (system and value) settles that two descriptions are one person; one identifier system
 *       with different values on both sides refuses;</li>
 *   <li>birth dates must be equal when both sides give one;</li>
 *   <li>names match when every word of the shorter one is in the longer one (accents, case, order, digits and
 *       punctuation aside; an initial matches its word) and at least two full words match;</li>
 *   <li>a source naming no one (a lab result without a Patient resource, a nutrition diary) is taken as the account
 *       holder's own.</li>
 * </ul>
 *
 * <p>Pure values and rules: nothing here stores, logs or encrypts. The storage layer keeps the record's person sealed.
 */
package org.visitprep.record.person;
