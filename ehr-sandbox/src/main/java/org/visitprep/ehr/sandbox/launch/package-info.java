/**
 * EHR launch contexts: which practitioner opened VisitPrep for which patient (and encounter), behind an opaque
 * {@code launch} id that expires. The authorization server reads them; the EHR page in {@code launch.web} makes them.
 */
package org.visitprep.ehr.sandbox.launch;
