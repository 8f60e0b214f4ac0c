package org.visitprep.record.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.visitprep.record.RecordEntry;
import org.visitprep.record.ResourceReference;

/**
 * Whom a source is about: the people its Patient resources describe (two resources describing the same person are
 * one), and the patients its resources refer to without the file describing them ({@code Observation.subject}
 * pointing at {@code Patient/123} when no Patient 123 is in the file). A bundle whose Observations point at two
 * patients is about two people, whatever Patient resources it holds.
 *
 * @param described the people the source describes, each with what it says of them
 * @param referencedOnly the patients the source refers to but does not describe, by reference ({@code Patient/123})
 */
public record SourcePeople(List<Person> described, List<String> referencedOnly) {

    /** A source that names no one: a nutrition diary, an Apple Health export without a birth date. */
    public static final SourcePeople NOBODY = new SourcePeople(List.of(), List.of());

    /** The elements whose references say whom a resource is about. */
    private static final Set<String> ABOUT_ELEMENTS = Set.of("subject", "patient");

    private static final Pattern PATIENT_REFERENCE = Pattern.compile("(?:^|/)Patient/([^/]+)");

    private static final Pattern TYPED_TAIL = Pattern.compile("([A-Z][A-Za-z]+/[^/]+)(?:/_history/[^/]+)?$");

    public SourcePeople {
        described = List.copyOf(described);
        referencedOnly = List.copyOf(referencedOnly);
    }

    public static SourcePeople about(Person person) {
        return person.isDescribed() ? new SourcePeople(List.of(person), List.of()) : NOBODY;
    }

    /**
     * Whom FHIR entries are about: their Patient resources, and what their {@code subject} and {@code patient}
     * references point at. A reference resolves to an entry of the file by its fullUrl, its {@code Type/id} (also
     * at the end of an absolute URL), or {@code urn:uuid:} of a UUID id; a reference to a non-Patient entry of the
     * file (a Group, a Location) is about no patient.
     */
    public static SourcePeople ofFhir(List<RecordEntry> entries) {
        Map<String, RecordEntry> byReference = new HashMap<>();
        List<RecordEntry> patients = new ArrayList<>();
        for (RecordEntry entry : entries) {
            referenceKeys(entry).forEach(key -> byReference.putIfAbsent(key, entry));
            if ("Patient".equals(entry.resourceType())) {
                patients.add(entry);
            }
        }
        List<Person> people = new ArrayList<>();
        for (RecordEntry patient : patients) {
            Person person = PatientDescription.of(patient.original().json());
            int same = indexOfSame(people, person);
            if (same < 0) {
                people.add(person);
            } else {
                people.set(same, people.get(same).learnedFrom(person));
            }
        }
        Set<String> unknown = new LinkedHashSet<>();
        for (RecordEntry entry : entries) {
            for (ResourceReference reference : entry.references()) {
                if (ABOUT_ELEMENTS.contains(reference.element()) && reference.reference() != null) {
                    unresolvedPatient(reference, byReference).ifPresent(unknown::add);
                }
            }
        }
        return new SourcePeople(people, List.copyOf(unknown));
    }

    /** Whether the source is about more than one person. */
    public boolean isAboutSeveral() {
        return described.size() + referencedOnly.size() > 1;
    }

    /** The one person the source describes, when it describes exactly one. */
    public Optional<Person> person() {
        return described.size() == 1 && referencedOnly.isEmpty() ? Optional.of(described.getFirst()) : Optional.empty();
    }

    /** Everyone the source is about, for a message: each described person's name and birth date, then references. */
    public String labels() {
        return Stream.concat(described.stream().map(SourcePeople::labelOf), referencedOnly.stream())
                .collect(Collectors.joining("; "));
    }

    private static String labelOf(Person person) {
        String label = person.label();
        return label.isEmpty() ? "?" : label;
    }

    private static int indexOfSame(List<Person> people, Person person) {
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).compareWith(person) == PersonMatch.SAME) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> referenceKeys(RecordEntry entry) {
        List<String> keys = new ArrayList<>(3);
        if (entry.fullUrl() != null) {
            keys.add(entry.fullUrl());
        }
        if (entry.resourceId() != null) {
            keys.add(entry.resourceType() + "/" + entry.resourceId());
            if (isUuid(entry.resourceId())) {
                keys.add("urn:uuid:" + entry.resourceId());
            }
        }
        return keys;
    }

    /** The key of the patient a reference points at outside the file; empty when it resolves, or is no patient. */
    private static Optional<String> unresolvedPatient(
            ResourceReference reference, Map<String, RecordEntry> byReference) {
        String target = reference.reference().strip();
        RecordEntry resolved = byReference.get(target);
        if (resolved == null) {
            Matcher tail = TYPED_TAIL.matcher(target);
            if (tail.find()) {
                resolved = byReference.get(tail.group(1));
            }
        }
        if (resolved != null) {
            return Optional.empty();
        }
        Matcher patient = PATIENT_REFERENCE.matcher(target);
        if (patient.find()) {
            return Optional.of("Patient/" + patient.group(1));
        }
        boolean untyped = target.startsWith("urn:") || target.startsWith("#");
        return untyped || "patient".equals(reference.element()) ? Optional.of(target) : Optional.empty();
    }

    private static boolean isUuid(String id) {
        try {
            return id.length() == 36 && UUID.fromString(id).toString().equalsIgnoreCase(id);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }
}
