package org.visitprep.web.patient.record;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/**
 * Which test's trend the lab results page shows: the entry of the row the patient chose, picked on the server from
 * the rows it drew, so no code or value travels in the address or the request.
 */
@Named
@ViewScoped
public class LabTrendChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID chosenEntryId;

    public void show(LabResultRow row) {
        chosenEntryId = row.entryId();
    }

    public void close() {
        chosenEntryId = null;
    }

    /** The entry whose test's trend is shown, or null. */
    public UUID chosenEntryId() {
        return chosenEntryId;
    }
}
