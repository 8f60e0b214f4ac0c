package org.visitprep.sharing;

import java.util.List;
import java.util.UUID;

/** The access log: every attempt to open a patient's shared summaries. */
public interface AccessEvents {

    void add(AccessEvent event);

    /** The patient's access log, latest first. */
    List<AccessEvent> ofPatient(UUID patientId);
}
