/**
 * The administrators' pages: the clinicians of the organisation and the audit of administrative changes. Backing
 * beans hold the page's state and call {@code org.visitprep.administration}; they never read health data.
 */
package org.visitprep.web.admin;
