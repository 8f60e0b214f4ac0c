/**
 * The patient's visit screens: the list of their visits, preparing one (appointment, agenda, the summary drafted in
 * the background), reviewing and approving the summary, sharing it and reading who opened it, its print view and its
 * PDF. Thin beans: they hold the page's state and call the core's services with the signed-in patient's id only.
 */
package org.visitprep.web.patient.visit;
