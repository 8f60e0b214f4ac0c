package org.visitprep.record.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What is known of one patient's identity: the names, birth date and identifiers of their record's person, and the
 * name their account's profile gives. For what must take these out of text leaving the portal (the de-identification
 * of the language-model path); read for one patient at a time, and never logged.
 *
 * @param patientId the portal account whose record this is
 * @param names the names the record's person goes by, as their sources wrote them; empty before any import named
 *     them
 * @param birthDate their birth date, or null when no source gave one
 * @param identifiers their identifiers (medical record numbers, national numbers) as their sources gave them
 * @param profileName the name of the account's profile at the identity provider, or null when it gave none
 * @param profileBirthDate the birth date of the profile, or null when the identity provider gave none
 */
public record RecordPerson(
        UUID patientId,
        List<PersonName> names,
        LocalDate birthDate,
        Set<PersonIdentifier> identifiers,
        PersonName profileName,
        LocalDate profileBirthDate) {

    public RecordPerson {
        Objects.requireNonNull(patientId, "patientId");
        names = List.copyOf(names);
        identifiers = Set.copyOf(identifiers);
    }

    /** Every name known for the patient: the record person's, then the profile's when it is not among them. */
    public List<PersonName> allNames() {
        List<PersonName> all = new ArrayList<>(names);
        if (profileName != null && !all.contains(profileName)) {
            all.add(profileName);
        }
        return List.copyOf(all);
    }

    /** The birth date, from the record, else from the profile. */
    public Optional<LocalDate> knownBirthDate() {
        return Optional.ofNullable(birthDate != null ? birthDate : profileBirthDate);
    }
}
