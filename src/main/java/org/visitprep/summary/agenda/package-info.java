/**
 * The patient's agenda for a visit (concerns, symptoms, questions, medicines, in their own words) and the small,
 * cited table of keywords that links an item to the measurements in the record that bear on it.
 *
 * <p>Agenda text is data everywhere: engines quote it and never follow it. Nothing here reads the record.
 */
package org.visitprep.summary.agenda;
