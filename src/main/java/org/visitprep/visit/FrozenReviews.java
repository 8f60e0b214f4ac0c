package org.visitprep.visit;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.visitprep.record.PatientRecord;

/**
 * The reviews of approved summary versions: read sealed with the version, or, the first time, computed from the
 * patient's record and kept (an approved version never changes, so neither does its review).
 */
public final class FrozenReviews {

    private final SummaryVersions versions;
    private final HealthDataJson json;
    private final Function<UUID, PatientRecord> records;

    /**
     * @param records opens a patient's record, read when a version's review is computed
     */
    public FrozenReviews(SummaryVersions versions, HealthDataJson json, Function<UUID, PatientRecord> records) {
        this.versions = Objects.requireNonNull(versions);
        this.json = Objects.requireNonNull(json);
        this.records = Objects.requireNonNull(records);
    }

    /** The review of the approved version, whose opened summary is given; computed and kept the first time. */
    public FrozenReview of(SummaryVersion version, VisitSummary summary) {
        if (!version.isFrozen()) {
            throw new IllegalArgumentException("Only an approved summary version has a frozen review");
        }
        if (version.sealedReview() != null) {
            return json.open(version.patientId(), version.sealedReview(), FrozenReview.class, FrozenReview.PURPOSE);
        }
        FrozenReview review = FrozenReview.of(summary.content(), records.apply(version.patientId()));
        versions.keepReview(version.id(), json.seal(version.patientId(), review, FrozenReview.PURPOSE));
        return review;
    }
}
