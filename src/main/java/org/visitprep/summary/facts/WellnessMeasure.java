package org.visitprep.summary.facts;

import org.visitprep.record.Coding;

/**
 * The wellness measures whose trend the summary reports, by the codes the wellness and nutrition imports write
 * ({@code record.wellness.WellnessCode}, {@code record.nutrition.Nutrient}, where each code's source is cited).
 * Daily measures need a week of readings in each period to be averaged; sparse ones need one.
 */
public enum WellnessMeasure {
    STEPS("41950-7", true, 0),
    SLEEP("93832-4", true, 0),
    BODY_WEIGHT("29463-7", false, 1),
    RESTING_HEART_RATE("40443-4", false, 0),
    ACTIVE_ENERGY("41979-6", true, 0),
    CALORIE_INTAKE("9057-1", true, 0);

    /** Readings each period needs for a daily measure: a week. */
    static final int DAILY_MINIMUM = 7;

    private final String loinc;
    private final boolean daily;
    private final int scale;

    WellnessMeasure(String loinc, boolean daily, int scale) {
        this.loinc = loinc;
        this.daily = daily;
        this.scale = scale;
    }

    public Coding coding() {
        return new Coding(Coding.LOINC, loinc, null);
    }

    public String loinc() {
        return loinc;
    }

    /** The decimals its averages are shown with. */
    public int scale() {
        return scale;
    }

    int minimumReadings() {
        return daily ? DAILY_MINIMUM : 1;
    }

    /** Whether it is a daily series that only the trend reports, never a result on its own. */
    public boolean isDailySeries() {
        return daily;
    }
}
