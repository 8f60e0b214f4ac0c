package org.visitprep.record.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules that tell whether two descriptions are one person, and the cases made to break them. */
class PersonMatchTest {

    private static final LocalDate BORN = LocalDate.of(1971, 4, 12);

    @Test
    void namesMatchAcrossMiddleNamesAccentsCaseOrderAndSyntheaDigits() {
        var alice = new PersonName("Alice Tessa Wiza");
        assertTrue(alice.matches(new PersonName("Alice Wiza")), "a middle name on one side only");
        assertTrue(alice.matches(new PersonName("WIZA, Alice")), "family name first, upper case");
        assertTrue(alice.matches(new PersonName("Alice365 Tessa12 Wiza993")), "Synthea's digits");
        assertTrue(alice.matches(new PersonName("A. Tessa Wiza")), "an initial");
        assertTrue(new PersonName("Hélène Dupré").matches(new PersonName("Helene DUPRE")), "accents");
        assertTrue(new PersonName("Jean-Pierre O'Brien").matches(new PersonName("Jean Pierre OBrien")));
    }

    @Test
    void namesOfAnotherPersonDoNotMatch() {
        var alice = new PersonName("Alice Tessa Wiza");
        assertFalse(alice.matches(new PersonName("Jane Doe")));
        assertFalse(alice.matches(new PersonName("Alice Doe")), "a shared given name only");
        assertFalse(alice.matches(new PersonName("Tessa Wiza Smith")), "a word the other name lacks");
        assertFalse(new PersonName("A. W.").matches(new PersonName("Alice Wiza")), "initials alone say too little");
        assertFalse(new PersonName("Alice").isComparable(), "one word is not enough to compare");
    }

    @Test
    void aSharedIdentifierSettlesItAndOneSystemWithTwoValuesRefuses() {
        var inRecord =
                new Person(List.of(new PersonName("Alice Wiza")), BORN, Set.of(new PersonIdentifier("urn:mrn", "A-1")));
        var renamed = new Person(
                List.of(new PersonName("Alice Smith")), BORN, Set.of(new PersonIdentifier("urn:mrn", "A-1")));
        var sameNameOtherNumber =
                new Person(List.of(new PersonName("Alice Wiza")), BORN, Set.of(new PersonIdentifier("urn:mrn", "B-2")));
        var otherSystem =
                new Person(List.of(new PersonName("Alice Wiza")), BORN, Set.of(new PersonIdentifier("urn:ssn", "999")));

        assertEquals(PersonMatch.SAME, renamed.compareWith(inRecord));
        assertEquals(PersonMatch.OTHER_IDENTIFIER, sameNameOtherNumber.compareWith(inRecord));
        assertEquals(
                "urn:mrn", sameNameOtherNumber.conflictingSystemWith(inRecord).orElseThrow());
        assertEquals(PersonMatch.SAME, otherSystem.compareWith(inRecord), "another system says nothing against");
    }

    @Test
    void theSameNameBornAnotherDayIsAnotherPerson() {
        var alice = Person.named(new PersonName("Alice Wiza"), BORN);
        var namesake = Person.named(new PersonName("Alice Wiza"), BORN.plusYears(30));
        assertEquals(PersonMatch.OTHER_BIRTH_DATE, namesake.compareWith(alice));
        assertEquals(PersonMatch.SAME, Person.bornOn(BORN).compareWith(alice), "a birth date alone agrees");
        assertEquals(
                PersonMatch.UNDETERMINED,
                Person.named(new PersonName("Alice Wiza"), null).compareWith(Person.bornOn(BORN)));
    }

    @Test
    void theRecordsPersonLearnsNamesAndIdentifiersOfLaterSourcesUpToALimit() {
        var first = Person.named(new PersonName("Alice Wiza"), null);
        var later = new Person(
                List.of(new PersonName("Alice Tessa Wiza")), BORN, Set.of(new PersonIdentifier("urn:mrn", "A-1")));
        Person learned = first.learnedFrom(later);
        assertEquals(List.of(new PersonName("Alice Wiza"), new PersonName("Alice Tessa Wiza")), learned.names());
        assertEquals(BORN, learned.birthDate());
        assertEquals(Set.of(new PersonIdentifier("urn:mrn", "A-1")), learned.identifiers());

        Person many = first;
        for (int i = 0; i < 30; i++) {
            many = many.learnedFrom(new Person(
                    List.of(new PersonName("Alice Wiza " + (char) ('a' + i % 26) + i)),
                    null,
                    Set.of(new PersonIdentifier("urn:n" + i, "v"))));
        }
        assertEquals(Person.MOST_NAMES, many.names().size());
        assertEquals(Person.MOST_IDENTIFIERS, many.identifiers().size());
    }
}
