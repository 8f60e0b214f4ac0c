package org.visitprep.ehr.sandbox.population;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a generated Synthea bundle holds, as far as choosing seeds needs to know: its size, the patient's birth date,
 * the years in which each lab (by LOINC code) was measured and the SNOMED codes of the conditions.
 */
final class RecordProfile {

    private final String patientId;
    private final LocalDate birthDate;
    private final int resourceCount;
    private final Map<String, Set<Integer>> labYearsByLoinc = new HashMap<>();
    private final Set<String> conditionCodes = new HashSet<>();

    private RecordProfile(String patientId, LocalDate birthDate, int resourceCount) {
        this.patientId = patientId;
        this.birthDate = birthDate;
        this.resourceCount = resourceCount;
    }

    static RecordProfile of(JsonNode bundle) {
        JsonNode entries = bundle.path("entry");
        JsonNode patient = null;
        for (JsonNode entry : entries) {
            if ("Patient".equals(entry.path("resource").path("resourceType").asText())) {
                patient = entry.path("resource");
                break;
            }
        }
        if (patient == null) {
            throw new IllegalStateException("The Synthea bundle holds no Patient");
        }
        RecordProfile profile = new RecordProfile(
                patient.path("id").asText(),
                LocalDate.parse(patient.path("birthDate").asText()),
                entries.size());
        for (JsonNode entry : entries) {
            profile.take(entry.path("resource"));
        }
        return profile;
    }

    private void take(JsonNode resource) {
        switch (resource.path("resourceType").asText()) {
            case "Observation" -> {
                String effective = resource.path("effectiveDateTime").asText();
                if (effective.length() >= 4) {
                    int year = Integer.parseInt(effective.substring(0, 4));
                    for (JsonNode coding : resource.path("code").path("coding")) {
                        labYearsByLoinc
                                .computeIfAbsent(coding.path("code").asText(), code -> new HashSet<>())
                                .add(year);
                    }
                }
            }
            case "Condition" -> {
                for (JsonNode coding : resource.path("code").path("coding")) {
                    conditionCodes.add(coding.path("code").asText());
                }
            }
            default -> {
                // other resources only count towards the size
            }
        }
    }

    String patientId() {
        return patientId;
    }

    LocalDate birthDate() {
        return birthDate;
    }

    int resourceCount() {
        return resourceCount;
    }

    /** In how many distinct years any of these LOINC codes (alternatives for one lab) was measured. */
    int yearsMeasuredAny(String... loincs) {
        Set<Integer> years = new HashSet<>();
        for (String loinc : loincs) {
            years.addAll(labYearsByLoinc.getOrDefault(loinc, Set.of()));
        }
        return years.size();
    }

    boolean hasAnyCondition(String... snomedCodes) {
        for (String code : snomedCodes) {
            if (conditionCodes.contains(code)) {
                return true;
            }
        }
        return false;
    }

    int ageOn(LocalDate day) {
        return birthDate.until(day).getYears();
    }
}
