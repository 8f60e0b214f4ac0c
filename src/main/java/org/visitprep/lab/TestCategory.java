package org.visitprep.lab;

/** Whether a catalogue entry is a laboratory test or a vital sign (listed because Synthea records them too). */
public enum TestCategory {
    LABORATORY("laboratory"),
    VITAL_SIGN("vital-sign");

    private final String catalogueName;

    TestCategory(String catalogueName) {
        this.catalogueName = catalogueName;
    }

    /** The word the catalogue file uses. */
    public String catalogueName() {
        return catalogueName;
    }
}
