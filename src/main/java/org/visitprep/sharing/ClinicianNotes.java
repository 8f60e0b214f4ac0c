package org.visitprep.sharing;

import java.util.ArrayList;
import java.util.List;

/** The clinicians' notes on one grant, oldest first, as sealed together. */
public record ClinicianNotes(List<ClinicianNote> notes) {

    /** The purpose the notes are sealed under. */
    static final String PURPOSE = "share.notes";

    public ClinicianNotes {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    static ClinicianNotes none() {
        return new ClinicianNotes(List.of());
    }

    ClinicianNotes with(ClinicianNote note) {
        List<ClinicianNote> more = new ArrayList<>(notes);
        more.add(note);
        return new ClinicianNotes(more);
    }
}
