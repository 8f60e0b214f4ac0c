/**
 * The patient's record screens through the browser: the overview and the import, lab results with their trends
 * and sources, medicines and history, wellness, and one patient's record kept from another. Page objects here name
 * what the patient sees on these screens.
 */
package org.visitprep.web.it.record;
