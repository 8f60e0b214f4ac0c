package org.visitprep.record.wellness;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an Apple Health export holds that VisitPrep uses, gathered while the export streams by: sparse samples kept
 * one by one, dense series folded into per-day figures, blood pressure readings paired.
 */
final class HealthExport {

    /** A blood pressure reading: systolic and diastolic taken together. */
    static final class BloodPressure {
        private final OffsetDateTime time;
        private BigDecimal systolic;
        private BigDecimal diastolic;

        BloodPressure(OffsetDateTime time) {
            this.time = time;
        }

        OffsetDateTime time() {
            return time;
        }

        BigDecimal systolic() {
            return systolic;
        }

        BigDecimal diastolic() {
            return diastolic;
        }

        boolean isComplete() {
            return systolic != null && diastolic != null;
        }
    }

    final List<AppleSample> sparseSamples = new ArrayList<>();
    final DailyTotals steps = new DailyTotals();
    final DailyTotals activeEnergy = new DailyTotals();
    final DailyHeartRate heartRate = new DailyHeartRate();
    final NightlySleep sleep = new NightlySleep();
    final Map<String, BloodPressure> bloodPressures = new LinkedHashMap<>();
    long samplesRead;
    long samplesLeftOut;

    /** The birth date the export's {@code <Me>} element gives, or null when it gives none that reads as a date. */
    java.time.LocalDate birthDate;

    void bloodPressure(AppleSample sample, boolean systolic) {
        String key = sample.start().toInstant() + "|" + sample.sourceName();
        BloodPressure reading = bloodPressures.computeIfAbsent(key, k -> new BloodPressure(sample.start()));
        if (systolic) {
            reading.systolic = sample.quantity();
        } else {
            reading.diastolic = sample.quantity();
        }
    }
}
