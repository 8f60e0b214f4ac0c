package org.visitprep.record.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who someone is, as far as a source, a record or a profile says: the names they go by, their birth date (null when
 * not given) and their identifiers. A description, not an account: two descriptions are compared with
 * {@link #compareWith}.
 */
public record Person(List<PersonName> names, LocalDate birthDate, Set<PersonIdentifier> identifiers) {

    /** How many names and identifiers a record's person keeps at most, however many sources it learns from. */
    static final int MOST_NAMES = 8;

    static final int MOST_IDENTIFIERS = 16;

    public Person {
        names = List.copyOf(new LinkedHashSet<>(names));
        identifiers = Set.copyOf(identifiers);
    }

    public static Person named(PersonName name, LocalDate birthDate) {
        return new Person(List.of(name), birthDate, Set.of());
    }

    public static Person bornOn(LocalDate birthDate) {
        return new Person(List.of(), birthDate, Set.of());
    }

    /** Whether the description says anything that can be compared. */
    public boolean isDescribed() {
        return birthDate != null || !identifiers.isEmpty() || names.stream().anyMatch(PersonName::isComparable);
    }

    /**
     * Compares two descriptions: a shared identifier settles it; then one identifier system with different values
     * refuses, then two birth dates, then names of which no pair matches. Agreeing names or birth dates make it
     * {@link PersonMatch#SAME}; nothing to compare makes it {@link PersonMatch#UNDETERMINED}.
     */
    public PersonMatch compareWith(Person other) {
        if (identifiers.stream().anyMatch(other.identifiers::contains)) {
            return PersonMatch.SAME;
        }
        Set<String> theirSystems =
                other.identifiers.stream().map(PersonIdentifier::system).collect(Collectors.toSet());
        if (identifiers.stream().map(PersonIdentifier::system).anyMatch(theirSystems::contains)) {
            return PersonMatch.OTHER_IDENTIFIER;
        }
        if (birthDate != null && other.birthDate != null && !birthDate.equals(other.birthDate)) {
            return PersonMatch.OTHER_BIRTH_DATE;
        }
        List<PersonName> mine = comparableNames();
        List<PersonName> theirs = other.comparableNames();
        if (!mine.isEmpty() && !theirs.isEmpty()) {
            boolean anyPair = mine.stream().anyMatch(name -> theirs.stream().anyMatch(name::matches));
            return anyPair ? PersonMatch.SAME : PersonMatch.OTHER_NAME;
        }
        return birthDate != null && other.birthDate != null ? PersonMatch.SAME : PersonMatch.UNDETERMINED;
    }

    /** The identifier system on which the two differ, for messages; empty when they do not. */
    public Optional<String> conflictingSystemWith(Person other) {
        Set<String> theirSystems =
                other.identifiers.stream().map(PersonIdentifier::system).collect(Collectors.toSet());
        return identifiers.stream()
                .map(PersonIdentifier::system)
                .filter(theirSystems::contains)
                .sorted()
                .findFirst();
    }

    /**
     * This description with what another one of the same person adds: names and identifiers it did not have (up to
     * {@value #MOST_NAMES} and {@value #MOST_IDENTIFIERS}), and a birth date when it had none.
     */
    public Person learnedFrom(Person same) {
        List<PersonName> learnedNames = new ArrayList<>(names);
        same.names.stream()
                .filter(name -> !learnedNames.contains(name))
                .limit(Math.max(0, MOST_NAMES - learnedNames.size()))
                .forEach(learnedNames::add);
        Set<PersonIdentifier> learnedIdentifiers = new LinkedHashSet<>(identifiers);
        same.identifiers.stream()
                .sorted(java.util.Comparator.comparing(PersonIdentifier::system).thenComparing(PersonIdentifier::value))
                .filter(identifier -> learnedIdentifiers.size() < MOST_IDENTIFIERS)
                .forEach(learnedIdentifiers::add);
        return new Person(learnedNames, birthDate != null ? birthDate : same.birthDate, learnedIdentifiers);
    }

    /** The first name given, or empty. */
    public Optional<PersonName> mainName() {
        return names.stream().findFirst();
    }

    /**
     * Who this is in a message, as the source gave it: "Alice Tessa Wiza, born 1970-03-02" reads in any language as
     * the name and the ISO date ({@code {name}, {date}}); only what is known is shown.
     */
    public String label() {
        String name = mainName().map(PersonName::text).orElse("");
        String born = birthDate == null ? "" : birthDate.toString();
        return name.isEmpty() ? born : born.isEmpty() ? name : name + ", " + born;
    }

    private List<PersonName> comparableNames() {
        return names.stream().filter(PersonName::isComparable).toList();
    }
}
