/**
 * The patient's record screens: the overview with the import, lab results with their trends, medicines and history,
 * wellness, and the original of any entry.
 *
 * <p>View-scoped beans hold view state only (an import's id, the chosen test, the entry whose source is open);
 * request-scoped beans read what a page shows from the signed-in patient's record, opened once per request, and
 * hand the page rows of already formatted text. No entry id, code or value travels in a URL or a request parameter:
 * a row is chosen by AJAX on the server's own copy of the rows. Nothing here keeps a record in the session, logs a
 * value or judges a result itself ({@link org.visitprep.lab.ResultJudge} does).
 */
package org.visitprep.web.patient.record;
