package org.visitprep.record.person;

import java.util.Optional;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.ProblemCode;
import org.visitprep.record.reading.ProblemLocation;

/**
 * Decides whether a source may join a record, from whom it is about, the record's person and the account's profile.
 *
 * <ul>
 *   <li>A source about several people is refused.</li>
 *   <li>A source that describes no one (no Patient resource, or one without name, birth date or identifier; an Apple
 *       Health export without a birth date) is the account holder's: they chose to
 *       bring it into their own record, and it cannot mix two people, since references to two patients make it a
 *       source about several. Refusing it would refuse every lab result exported without demographics.</li>
 *   <li>A source describing one person is compared with the record's person; when the record has none yet (it is
 *       empty), with the account's profile from the identity provider, and the source then names the record's
 *       person. Any sign of another person ({@link PersonMatch#isAnotherPerson()}) refuses it.</li>
 * </ul>
 */
public final class PersonCheck {

    private PersonCheck() {}

    /** What the check decided: admitted, with the record's person to keep (empty: unchanged), or refused. */
    public sealed interface Decision permits Admitted, Refused {}

    /** @param recordPerson the record's person after this source, when it changed */
    public record Admitted(Optional<Person> recordPerson) implements Decision {}

    public record Refused(ImportProblem problem) implements Decision {}

    /**
     * @param fileName the name of the source, for the message
     * @param recordPerson the record's person, empty while no import has named one
     * @param profile what the account's identity provider says of the person, empty when it says nothing
     */
    public static Decision decide(
            String fileName, SourcePeople about, Optional<Person> recordPerson, Optional<Person> profile) {
        ProblemLocation where = ProblemLocation.inFile(fileName);
        if (about.isAboutSeveral()) {
            return new Refused(ImportProblem.of(ProblemCode.SEVERAL_PEOPLE, where, about.labels()));
        }
        Optional<Person> described = about.person().filter(Person::isDescribed);
        recordPerson = recordPerson.filter(Person::isDescribed);
        if (described.isEmpty()) {
            return new Admitted(Optional.empty());
        }
        Person source = described.get();
        if (recordPerson.isPresent()) {
            Person record = recordPerson.get();
            PersonMatch match = source.compareWith(record);
            if (match.isAnotherPerson()) {
                return new Refused(anotherPerson(where, match, source, record, false));
            }
            Person learned = match == PersonMatch.SAME ? record.learnedFrom(source) : record;
            return new Admitted(learned.equals(record) ? Optional.empty() : Optional.of(learned));
        }
        if (profile.isPresent()) {
            PersonMatch match = source.compareWith(profile.get());
            if (match.isAnotherPerson()) {
                return new Refused(anotherPerson(where, match, source, profile.get(), true));
            }
        }
        return new Admitted(Optional.of(source));
    }

    private static ImportProblem anotherPerson(
            ProblemLocation where, PersonMatch match, Person source, Person known, boolean knownByProfile) {
        String who = source.label().isEmpty() ? "?" : source.label();
        String knownName = known.mainName().map(PersonName::text).orElse("?");
        return switch (match) {
            case OTHER_BIRTH_DATE ->
                ImportProblem.of(
                        knownByProfile
                                ? ProblemCode.NOT_ACCOUNT_HOLDER_BIRTH_DATE
                                : ProblemCode.ANOTHER_PERSON_BIRTH_DATE,
                        where,
                        who,
                        source.birthDate(),
                        known.birthDate());
            case OTHER_IDENTIFIER ->
                ImportProblem.of(
                        ProblemCode.ANOTHER_PERSON_IDENTIFIER,
                        where,
                        who,
                        source.conflictingSystemWith(known).orElse("?"));
            default ->
                ImportProblem.of(
                        knownByProfile ? ProblemCode.NOT_ACCOUNT_HOLDER_NAME : ProblemCode.ANOTHER_PERSON_NAME,
                        where,
                        who,
                        knownName);
        };
    }
}
