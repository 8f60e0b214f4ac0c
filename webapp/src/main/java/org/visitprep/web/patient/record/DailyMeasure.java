package org.visitprep.web.patient.record;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.visitprep.record.Coding;
import org.visitprep.record.wellness.WellnessCode;

/**
 * The wellness measures the wellness page draws, by the codes the Apple Health and nutrition imports write
 * ({@link WellnessCode}, {@code record.nutrition.Nutrient}, where each code's source is cited), with the decimals
 * their values are shown with. Each is one value a day: a day's total or a day's average.
 */
enum DailyMeasure {
    STEPS(WellnessCode.STEPS_PER_DAY.code(), 0),
    /** Recorded in minutes, shown in hours. */
    SLEEP(WellnessCode.SLEEP_DURATION.code(), 1),
    WEIGHT(WellnessCode.BODY_WEIGHT.code(), 1),
    HEART_RATE(WellnessCode.HEART_RATE.code(), 0),
    RESTING_HEART_RATE(WellnessCode.RESTING_HEART_RATE.code(), 0),
    ACTIVE_ENERGY(WellnessCode.ACTIVE_ENERGY_PER_DAY.code(), 0),
    /** {@code Nutrient.CALORIES}: LOINC 9057-1, "Calorie intake total 24 hour". */
    CALORIE_INTAKE("9057-1", 0);

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private final String loinc;
    private final int decimals;

    DailyMeasure(String loinc, int decimals) {
        this.loinc = loinc;
        this.decimals = decimals;
    }

    Coding coding() {
        return new Coding(Coding.LOINC, loinc, null);
    }

    int decimals() {
        return decimals;
    }

    /** A value as shown: sleep in hours rather than the minutes recorded; other values as they are. */
    BigDecimal shown(BigDecimal recorded, String ucumUnit) {
        if (this == SLEEP && "min".equals(ucumUnit)) {
            return recorded.divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP);
        }
        return recorded;
    }

    /** Whether values are shown in another unit than recorded, which the page then names itself. */
    boolean isConverted(String ucumUnit) {
        return this == SLEEP && "min".equals(ucumUnit);
    }
}
