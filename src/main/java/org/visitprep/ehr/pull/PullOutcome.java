package org.visitprep.ehr.pull;

/** What a pull comes to: the whole record, or nothing and why. */
public sealed interface PullOutcome permits RecordPulled, PullFailed {}
