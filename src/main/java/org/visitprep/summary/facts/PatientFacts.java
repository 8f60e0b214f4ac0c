package org.visitprep.summary.facts;

import java.time.LocalDate;
import java.time.Period;
import org.visitprep.lab.AdministrativeSex;
import org.visitprep.record.PatientDetail;

/**
 * What the facts need of the patient: the administrative sex (which general range applies) and whether they were an
 * adult on a day (general ranges are adult ranges). The birth date never leaves this class; only an age band does.
 */
final class PatientFacts {

    private static final int ADULT_AGE = 18;

    private final AdministrativeSex sex;
    private final LocalDate birthDate;

    PatientFacts(PatientDetail detail) {
        this.sex = detail == null ? AdministrativeSex.UNKNOWN : AdministrativeSex.fromFhirCode(detail.gender());
        this.birthDate = detail == null ? null : detail.birthDate();
    }

    AdministrativeSex sex() {
        return sex;
    }

    /** Adult on that day, or of unknown age: a general adult range is then offered, labelled as such. */
    boolean mayBeAdultOn(LocalDate day) {
        return birthDate == null || Period.between(birthDate, day).getYears() >= ADULT_AGE;
    }

    /** The age on that day in ten-year bands; "90+" from 90, where an exact age would single a person out. */
    String ageBandOn(LocalDate day) {
        if (birthDate == null || day.isBefore(birthDate)) {
            return null;
        }
        int age = Period.between(birthDate, day).getYears();
        if (age >= 90) {
            return "90+";
        }
        int decade = age / 10 * 10;
        return decade + "-" + (decade + 9);
    }

    String sexCode() {
        return sex.name().toLowerCase(java.util.Locale.ROOT);
    }
}
