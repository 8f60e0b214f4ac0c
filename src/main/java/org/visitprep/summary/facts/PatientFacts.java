package org.visitprep.summary.facts;

import java.time.LocalDate;
import java.time.Period;
import org.visitprep.lab.AdministrativeSex;
import org.visitprep.lab.TestedPerson;
import org.visitprep.record.PatientDetail;

/**
 * What the facts need of the patient: the administrative sex (which general range applies) and whether they were an
 * adult on a day (general ranges are adult ranges). The birth date goes to the lab judge only; the facts carry an age
 * band, never the date.
 */
final class PatientFacts {

    private final PatientDetail detail;
    private final TestedPerson person;

    PatientFacts(PatientDetail detail) {
        this.detail = detail;
        this.person = TestedPerson.of(detail);
    }

    /** What the record says of the patient, if it holds a Patient resource. */
    java.util.Optional<PatientDetail> detail() {
        return java.util.Optional.ofNullable(detail);
    }

    /** The patient as the lab judge needs them: sex and birth date. */
    TestedPerson asTested() {
        return person;
    }

    AdministrativeSex sex() {
        return person.sex();
    }

    /** The age in whole years on that day, or null without a birth date (or before it). */
    Integer ageOn(LocalDate day) {
        LocalDate birthDate = person.birthDate();
        if (birthDate == null || day.isBefore(birthDate)) {
            return null;
        }
        return Period.between(birthDate, day).getYears();
    }

    /** The age on that day in ten-year bands; "90+" from 90, where an exact age would single a person out. */
    String ageBandOn(LocalDate day) {
        LocalDate birthDate = person.birthDate();
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
        return sex().name().toLowerCase(java.util.Locale.ROOT);
    }
}
