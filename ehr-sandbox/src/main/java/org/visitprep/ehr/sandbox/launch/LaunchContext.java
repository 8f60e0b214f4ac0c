package org.visitprep.ehr.sandbox.launch;

import java.util.Optional;

/** What the EHR had open when it launched VisitPrep: the practitioner, the patient and, maybe, an encounter. */
public record LaunchContext(String practitionerId, String patientId, Optional<String> encounterId) {}
