package org.visitprep.lab;

/** What kind of result a test gives, which decides whether it has a unit and can be flagged. */
public enum ResultKind {
    /** A number with a unit, which can be compared with a range. */
    QUANTITY("quantity"),
    /** A coded finding such as "negative" or "cloudy": no unit and no numeric range. */
    CODED("coded"),
    /** A group of results (such as blood pressure) with no value of its own. */
    PANEL("panel");

    private final String catalogueName;

    ResultKind(String catalogueName) {
        this.catalogueName = catalogueName;
    }

    /** The word the catalogue file uses. */
    public String catalogueName() {
        return catalogueName;
    }
}
