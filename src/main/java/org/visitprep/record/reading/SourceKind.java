package org.visitprep.record.reading;

/** What a person says they are importing; {@link #DETECT} lets the importer tell from the content. */
public enum SourceKind {
    FHIR,
    APPLE_HEALTH,
    NUTRITION_CSV,
    DETECT
}
