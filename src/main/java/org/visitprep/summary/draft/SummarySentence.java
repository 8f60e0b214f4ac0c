package org.visitprep.summary.draft;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One sentence of a visit summary, the same type from the engine that writes it to the screens, the print and the
 * stored version: its number, its section, its words for the patient and for the clinician, the facts it states and
 * the record entries they rest on, who wrote it, and whether the patient took it out.
 *
 * @param number its place in the summary, from 1; kept through edits so that marks can name it
 * @param patientText the sentence addressed to the patient
 * @param clinicianText the same sentence addressed to the clinician; for the patient's own words, those words
 * @param factIds the facts of the summary it states
 * @param entryIds the record entries those facts rest on, which a reader can open
 * @param removed whether the patient took it out of the summary (kept, so that they can put it back)
 */
public record SummarySentence(
        int number,
        SectionKind section,
        String patientText,
        String clinicianText,
        List<String> factIds,
        List<UUID> entryIds,
        SentenceOrigin origin,
        boolean removed)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest sentence a patient may write or edit. */
    public static final int LONGEST_TEXT = 600;

    /**
     * Reads stored sentences too, including those of versions before the two audiences: their single {@code text}
     * becomes both, their {@code citations} the entries, their section name the section.
     */
    @JsonCreator
    public SummarySentence(
            @JsonProperty("number") int number,
            @JsonProperty("section") SectionKind section,
            @JsonProperty("patientText") @JsonAlias("text") String patientText,
            @JsonProperty("clinicianText") String clinicianText,
            @JsonProperty("factIds") List<String> factIds,
            @JsonProperty("entryIds") @JsonAlias("citations") List<UUID> entryIds,
            @JsonProperty("origin") SentenceOrigin origin,
            @JsonProperty("removed") boolean removed) {
        if (number < 1) {
            throw new IllegalArgumentException("Sentences are numbered from 1");
        }
        this.number = number;
        this.section = section == null ? SectionKind.PATIENT : section;
        this.patientText = Objects.requireNonNull(patientText, "patientText");
        this.clinicianText = clinicianText == null ? patientText : clinicianText;
        this.factIds = factIds == null ? List.of() : List.copyOf(factIds);
        this.entryIds = entryIds == null ? List.of() : List.copyOf(entryIds);
        this.origin = origin == null ? SentenceOrigin.ENGINE : origin;
        this.removed = removed;
        if (this.origin == SentenceOrigin.ADDED_BY_PATIENT && citesSomething()) {
            throw new IllegalArgumentException("A sentence the patient added cites nothing");
        }
    }

    /** A sentence an engine wrote, for both audiences. */
    public static SummarySentence byEngine(
            int number,
            SectionKind section,
            String patientText,
            String clinicianText,
            List<String> factIds,
            List<UUID> entryIds) {
        return new SummarySentence(
                number, section, patientText, clinicianText, factIds, entryIds, SentenceOrigin.ENGINE, false);
    }

    /** A sentence in the patient's own words, at the end of the summary; it cites nothing. */
    public static SummarySentence addedByPatient(int number, String words) {
        return new SummarySentence(
                number,
                SectionKind.PATIENT,
                words,
                words,
                List.of(),
                List.of(),
                SentenceOrigin.ADDED_BY_PATIENT,
                false);
    }

    /** The sentence as the given reader reads it. */
    public String text(Audience audience) {
        return audience == Audience.CLINICIAN ? clinicianText : patientText;
    }

    public boolean citesSomething() {
        return !factIds.isEmpty() || !entryIds.isEmpty();
    }

    /** Whether the patient wrote these words. */
    @JsonIgnore
    public boolean isWrittenByPatient() {
        return origin != SentenceOrigin.ENGINE;
    }

    @JsonIgnore
    public boolean isEditedByPatient() {
        return origin == SentenceOrigin.EDITED_BY_PATIENT;
    }

    @JsonIgnore
    public boolean isAddedByPatient() {
        return origin == SentenceOrigin.ADDED_BY_PATIENT;
    }

    /** Whether a reader can open what it rests on. */
    public boolean cites(UUID entryId) {
        return entryIds.contains(entryId);
    }

    /** The same sentence under another number. */
    public SummarySentence numbered(int newNumber) {
        return new SummarySentence(newNumber, section, patientText, clinicianText, factIds, entryIds, origin, removed);
    }

    /**
     * The sentence in the patient's words: they read the record's sentence and rewrote it, so both audiences read
     * their words; it keeps its citations only while the verifier still finds them true.
     */
    public SummarySentence editedTo(String words) {
        SentenceOrigin edited = origin == SentenceOrigin.ADDED_BY_PATIENT ? origin : SentenceOrigin.EDITED_BY_PATIENT;
        return new SummarySentence(number, section, words, words, factIds, entryIds, edited, removed);
    }

    /**
     * The patient's words, no longer claiming to rest on the record, in the same place: what an edit becomes when the
     * records it cited do not support it.
     */
    public SummarySentence asPatientsOwnWords() {
        return new SummarySentence(
                number,
                section,
                patientText,
                patientText,
                List.of(),
                List.of(),
                SentenceOrigin.ADDED_BY_PATIENT,
                removed);
    }

    public SummarySentence removedFromSummary() {
        return new SummarySentence(number, section, patientText, clinicianText, factIds, entryIds, origin, true);
    }

    public SummarySentence keptInSummary() {
        return new SummarySentence(number, section, patientText, clinicianText, factIds, entryIds, origin, false);
    }
}
