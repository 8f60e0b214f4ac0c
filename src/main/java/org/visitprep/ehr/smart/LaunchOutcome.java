package org.visitprep.ehr.smart;

/** What an EHR's answer at the portal's callback comes to: a launch in context, or a refusal and why. */
public sealed interface LaunchOutcome permits LaunchSucceeded, LaunchRefused {}
