package org.visitprep.record.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.visitprep.record.RecordEntry;

/**
 * Directory resources: who gives care and where (practitioners, their roles, organizations, locations, services,
 * endpoints, insurance plans). They describe no one's health, so they are not record entries: an import leaves them
 * out. What the screens show of who performed something comes from the references' {@code display} in the entries'
 * originals, which stay as they came.
 */
final class DirectoryEntries {

    static final Set<String> TYPES = Set.of(
            "Practitioner",
            "PractitionerRole",
            "Organization",
            "OrganizationAffiliation",
            "Location",
            "HealthcareService",
            "Endpoint",
            "InsurancePlan");

    /** The entries that are about health, and how many directory resources of each type were left out. */
    record Split(List<RecordEntry> health, Map<String, Integer> leftOutByType) {

        int leftOut() {
            return leftOutByType.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** "2382 Practitioner, 1191 Location", for a message. */
        String leftOutText() {
            return leftOutByType.entrySet().stream()
                    .map(type -> type.getValue() + " " + type.getKey())
                    .collect(Collectors.joining(", "));
        }
    }

    private DirectoryEntries() {}

    static Split split(List<RecordEntry> entries) {
        List<RecordEntry> health = new ArrayList<>(entries.size());
        Map<String, Integer> leftOut = new TreeMap<>();
        for (RecordEntry entry : entries) {
            if (TYPES.contains(entry.resourceType())) {
                leftOut.merge(entry.resourceType(), 1, Integer::sum);
            } else {
                health.add(entry);
            }
        }
        return new Split(health, leftOut);
    }
}
