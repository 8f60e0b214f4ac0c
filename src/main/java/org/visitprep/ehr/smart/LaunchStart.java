package org.visitprep.ehr.smart;

/** What starting a launch comes to: a redirect of the browser to the EHR's authorize page, or a refusal. */
public sealed interface LaunchStart permits AuthorizationRedirect, LaunchRefused {}
