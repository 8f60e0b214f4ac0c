package org.visitprep.record;

import java.time.LocalDate;

/**
 * The little of a Patient resource the summary needs: administrative gender and birth date (null when absent).
 * Names, identifiers and addresses stay in the original only.
 */
public record PatientDetail(String gender, LocalDate birthDate) implements EntryDetail {}
