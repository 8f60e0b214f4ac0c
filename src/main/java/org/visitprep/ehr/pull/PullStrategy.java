package org.visitprep.ehr.pull;

/** How a record is fetched from an EHR's FHIR API. */
public enum PullStrategy {

    /** {@code Patient/$everything} when the EHR's CapabilityStatement offers it, searches per type otherwise. */
    EVERYTHING_WHEN_OFFERED,

    /** The patient, then a search per type of {@link FhirRecordPull#SEARCHED_TYPES}. */
    SEARCH_PER_TYPE
}
