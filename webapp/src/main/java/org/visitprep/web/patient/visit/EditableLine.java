package org.visitprep.web.patient.visit;

import java.io.Serializable;

/** One line of a list the patient edits on the page (a concern, a question, a medicine), before it is saved. */
public class EditableLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;

    public EditableLine() {
        this("");
    }

    public EditableLine(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
    }
}
