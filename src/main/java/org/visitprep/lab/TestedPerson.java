package org.visitprep.lab;

import java.time.LocalDate;
import java.time.Period;
import org.visitprep.record.PatientDetail;

/**
 * What judging a result needs to know of the person tested: the administrative sex (which general range applies)
 * and the birth date (general ranges are adult ranges). Either may be unknown.
 *
 * @param sex the person's administrative sex
 * @param birthDate the birth date, or null when the record does not give it
 */
public record TestedPerson(AdministrativeSex sex, LocalDate birthDate) {

    static final int ADULT_AGE = 18;

    public TestedPerson {
        sex = sex == null ? AdministrativeSex.UNKNOWN : sex;
    }

    /** The person a record's Patient resource describes; of unknown sex and age when there is none. */
    public static TestedPerson of(PatientDetail patient) {
        return patient == null
                ? unknown()
                : new TestedPerson(AdministrativeSex.fromFhirCode(patient.gender()), patient.birthDate());
    }

    public static TestedPerson unknown() {
        return new TestedPerson(AdministrativeSex.UNKNOWN, null);
    }

    /** Adult on that day, or of unknown age: a general adult range is then offered, labelled as such. */
    public boolean mayBeAdultOn(LocalDate day) {
        return birthDate == null || Period.between(birthDate, day).getYears() >= ADULT_AGE;
    }
}
