package org.visitprep.web.patient.record;

import java.util.List;

/**
 * One wellness measure over its last weeks, as the wellness page shows it: a chart of the daily values and weekly
 * averages, and the same figures as tables.
 *
 * @param key the measure, for the page's ids
 * @param title the measure's name, e.g. "Steps"
 * @param unit the unit of every figure shown
 * @param period the days shown, e.g. "from 1 Oct 2026 to 25 Nov 2026"
 * @param chartJson the Chart.js configuration
 * @param chartLabel what the chart shows, for screen readers
 * @param weeks the weekly averages, the latest first
 * @param days the daily values, the latest first
 */
public record MeasureTrend(
        String key,
        String title,
        String unit,
        String period,
        String chartJson,
        String chartLabel,
        List<Week> weeks,
        List<Day> days) {

    /** A week's average of its daily values, and how many days had one. */
    public record Week(String week, String average, int days) {}

    /** A day's value. */
    public record Day(String day, String value) {}
}
