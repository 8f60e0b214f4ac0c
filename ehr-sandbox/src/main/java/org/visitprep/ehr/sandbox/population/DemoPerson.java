package org.visitprep.ehr.sandbox.population;

import java.util.function.Predicate;

/**
 * One person of the demo population: who they are for the demo, and the Synthea settings that produce exactly them.
 *
 * @param key the stable file name without {@code .json}, e.g. {@code alice}
 * @param givenName the given name the demo shows, replacing Synthea's; {@code null} keeps Synthea's
 * @param role what the person is for, as the population index states it
 * @param gender {@code F} or {@code M}
 * @param minAge youngest age at the reference date
 * @param maxAge oldest age at the reference date
 * @param seed the pinned Synthea seed
 * @param yearsOfHistory years of history Synthea exports; 0 exports the whole life
 * @param requirement what the record must show for the person to serve their role
 * @param requirementText the requirement in words, for error messages
 */
record DemoPerson(
        String key,
        String givenName,
        String role,
        String gender,
        int minAge,
        int maxAge,
        long seed,
        int yearsOfHistory,
        Predicate<RecordProfile> requirement,
        String requirementText) {

    String fileName() {
        return key + ".json";
    }

    DemoPerson withSeed(long otherSeed) {
        return new DemoPerson(
                key, givenName, role, gender, minAge, maxAge, otherSeed, yearsOfHistory, requirement, requirementText);
    }

    /** The settings that decide the output, for the marker file that lets a second run skip generation. */
    String fingerprint() {
        return "%s seed=%d gender=%s age=%d-%d history=%d given=%s"
                .formatted(key, seed, gender, minAge, maxAge, yearsOfHistory, givenName);
    }
}
