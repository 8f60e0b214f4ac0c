package org.visitprep.web.patient.record;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/**
 * Which entry's original resource the page's source dialog shows. The page passes the id of a row it drew itself,
 * on the server; the browser only says which button was pressed.
 */
@Named
@ViewScoped
public class EntrySourceChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID entryId;

    public void show(UUID shownEntryId) {
        this.entryId = shownEntryId;
    }

    /** The entry whose original is shown, or null. */
    public UUID entryId() {
        return entryId;
    }
}
