package org.visitprep.lab;

/** Where a reference range comes from, which the screens must say. */
public enum RangeOrigin {
    /** A general adult range from this catalogue, with its cited source. */
    GENERAL,
    /** The range the laboratory reported with the result; it takes precedence over a general one. */
    RECORD
}
