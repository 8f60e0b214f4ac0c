package org.visitprep.ehr.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * Which portal clinician each EHR user is, per registered EHR: {@code visitprep.ehr.<key>.clinicians} lists
 * {@code fhirUser=subject} pairs, comma-separated, e.g. {@code Practitioner/drbob=b0b00000-…}, where the subject is
 * the clinician's id at the identity provider (stable, unlike the portal's account id). An EHR user who is not listed
 * is no one in the portal, so an EHR launch by them opens nothing.
 */
public final class EhrClinicianMap {

    private final Map<String, Map<String, String>> subjectsByEhrKey;

    private EhrClinicianMap(Map<String, Map<String, String>> subjectsByEhrKey) {
        this.subjectsByEhrKey = subjectsByEhrKey;
    }

    public static EhrClinicianMap from(Config config, RegisteredEhrs ehrs) {
        return fromSettings(name -> config.getOptionalValue(name, String.class), ehrs);
    }

    /**
     * @throws IllegalArgumentException for a pair without {@code =}, or a fhirUser listed twice for one EHR
     */
    public static EhrClinicianMap fromSettings(Function<String, Optional<String>> settings, RegisteredEhrs ehrs) {
        Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
        for (RegisteredEhr ehr : ehrs.all()) {
            Map<String, String> subjects = new LinkedHashMap<>();
            String listed = settings.apply(RegisteredEhrs.PREFIX + ehr.key() + ".clinicians")
                    .orElse("");
            for (String pair : listed.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                if (equals <= 0 || equals == pair.length() - 1) {
                    throw new IllegalArgumentException("The registered EHR '" + ehr.key()
                            + "' lists a clinician that is not fhirUser=subject in " + RegisteredEhrs.PREFIX
                            + ehr.key() + ".clinicians");
                }
                String fhirUser = pair.substring(0, equals).strip();
                if (subjects.put(fhirUser, pair.substring(equals + 1).strip()) != null) {
                    throw new IllegalArgumentException(
                            "The registered EHR '" + ehr.key() + "' lists " + fhirUser + " twice");
                }
            }
            byKey.put(ehr.key(), Map.copyOf(subjects));
        }
        return new EhrClinicianMap(byKey);
    }

    /** The identity provider's subject of the portal clinician the EHR's {@code fhirUser} is, if listed. */
    public Optional<String> subjectOf(RegisteredEhr ehr, String fhirUser) {
        if (fhirUser == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                subjectsByEhrKey.getOrDefault(ehr.key(), Map.of()).get(relative(ehr, fhirUser.strip())));
    }

    /** The configured map of one EHR: subjects by fhirUser. */
    Map<String, String> of(RegisteredEhr ehr) {
        return subjectsByEhrKey.getOrDefault(ehr.key(), Map.of());
    }

    /** A fhirUser may come as an absolute URL on the EHR's FHIR base; the map lists it relative to that base. */
    static String relative(RegisteredEhr ehr, String fhirUser) {
        String base = ehr.iss() + "/";
        return fhirUser.startsWith(base) ? fhirUser.substring(base.length()) : fhirUser;
    }
}
