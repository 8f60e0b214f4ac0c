/**
 * The clinician's screens: the worklist of summaries shared with them or their practice, and a shared summary opened
 * through the portal. Every opening goes through the core's sharing service, which decides and logs it; a page that
 * may not show a summary shows no data at all.
 */
package org.visitprep.web.clinician;
