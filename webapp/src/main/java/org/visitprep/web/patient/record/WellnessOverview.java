package org.visitprep.web.patient.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.visitprep.lab.ResultJudge;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.Quantity;
import org.visitprep.record.StoredEntry;
import org.visitprep.web.layout.LanguageSelection;

/**
 * The wellness page: for each measure the patient has readings of, its last eight weeks up to its latest reading,
 * day by day and week by week. A day with several readings shows their average; readings in another unit than the
 * latest one are left out rather than converted.
 */
@Named
@RequestScoped
public class WellnessOverview {

    static final int WEEKS_SHOWN = 8;

    @Inject
    private SignedInRecord signedInRecord;

    @Inject
    private LanguageSelection languageSelection;

    private List<MeasureTrend> measures;

    /** The measures with readings, in a fixed order. */
    public List<MeasureTrend> getMeasures() {
        if (measures == null) {
            ScreenLanguage language = new ScreenLanguage(languageSelection.getLocale());
            measures = new ArrayList<>();
            for (DailyMeasure measure : DailyMeasure.values()) {
                trendOf(measure, language).ifPresent(measures::add);
            }
        }
        return measures;
    }

    private Optional<MeasureTrend> trendOf(DailyMeasure measure, ScreenLanguage language) {
        List<StoredEntry> readings = signedInRecord.record().observationsCoded(measure.coding());
        Quantity latest = readings.reversed().stream()
                .map(WellnessOverview::quantityOf)
                .filter(quantity -> quantity != null)
                .findFirst()
                .orElse(null);
        if (latest == null) {
            return Optional.empty();
        }
        String unit = ResultJudge.comparableUnit(latest);
        TreeMap<LocalDate, BigDecimal> days = dailyValues(readings, measure, unit);
        if (days.isEmpty()) {
            return Optional.empty();
        }
        LocalDate lastDay = days.lastKey();
        LocalDate firstDay = lastDay.minusWeeks(WEEKS_SHOWN).plusDays(1);
        TreeMap<LocalDate, BigDecimal> shownDays = new TreeMap<>(days.subMap(firstDay, true, lastDay, true));
        String unitShown = measure.isConverted(unit) ? language.text("unit.hours") : ResultTexts.unitOf(latest);
        String title = language.text("wellness.measure." + measure.name());

        List<ChartPoint> daily = new ArrayList<>();
        shownDays.forEach((day, value) -> daily.add(new ChartPoint(day, value)));
        List<ChartPoint> weekly = new ArrayList<>();
        List<MeasureTrend.Week> weeks = new ArrayList<>();
        weeklyAverages(shownDays, measure).forEach((monday, average) -> {
            weekly.add(new ChartPoint(monday.isBefore(firstDay) ? firstDay : monday, average.value()));
            weeks.add(new MeasureTrend.Week(
                    language.text("wellness.weekOf", language.date(monday)),
                    language.number(average.value(), measure.decimals()),
                    average.days()));
        });
        if (!weekly.isEmpty()) {
            weekly.add(new ChartPoint(lastDay, weekly.getLast().value()));
        }
        String chart = new TimeChart(language.text("chart.date"), unitShown)
                .line(language.text("wellness.daily"), daily)
                .steps(language.text("wellness.weeklyAverage"), weekly)
                .toJson();
        List<MeasureTrend.Day> dayRows = new ArrayList<>();
        shownDays
                .descendingMap()
                .forEach((day, value) -> dayRows.add(
                        new MeasureTrend.Day(language.date(day), language.number(value, measure.decimals()))));
        String period = language.text(
                "wellness.period", language.date(shownDays.firstKey()), language.date(shownDays.lastKey()));
        return Optional.of(new MeasureTrend(
                measure.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                title,
                unitShown,
                period,
                chart,
                language.text("wellness.chartLabel", title, unitShown, period),
                weeks.reversed(),
                dayRows));
    }

    /** Each day's value in the shown unit: the average of the day's readings in the latest reading's unit. */
    private static TreeMap<LocalDate, BigDecimal> dailyValues(
            List<StoredEntry> readings, DailyMeasure measure, String unit) {
        Map<LocalDate, List<BigDecimal>> byDay = new TreeMap<>();
        for (StoredEntry entry : readings) {
            Quantity quantity = quantityOf(entry);
            if (quantity == null
                    || entry.effective() == null
                    || !ResultJudge.comparableUnit(quantity).equals(unit)) {
                continue;
            }
            byDay.computeIfAbsent(entry.effective().start().date(), day -> new ArrayList<>())
                    .add(measure.shown(quantity.value(), unit));
        }
        TreeMap<LocalDate, BigDecimal> days = new TreeMap<>();
        byDay.forEach((day, values) -> days.put(day, mean(values, measure.decimals() + 2)));
        return days;
    }

    private record Average(BigDecimal value, int days) {}

    /** The average of each week's daily values, weeks starting on Monday, by the week's Monday. */
    private static TreeMap<LocalDate, Average> weeklyAverages(TreeMap<LocalDate, BigDecimal> days, DailyMeasure m) {
        Map<LocalDate, List<BigDecimal>> byWeek = new TreeMap<>();
        days.forEach((day, value) -> byWeek.computeIfAbsent(
                        day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), monday -> new ArrayList<>())
                .add(value));
        TreeMap<LocalDate, Average> weeks = new TreeMap<>();
        byWeek.forEach((monday, values) ->
                weeks.put(monday, new Average(mean(values, m.decimals() + 1), values.size())));
        return weeks;
    }

    private static BigDecimal mean(List<BigDecimal> values, int scale) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), scale, RoundingMode.HALF_UP);
    }

    private static Quantity quantityOf(StoredEntry entry) {
        if (!(entry.detail() instanceof ObservationDetail observation)) {
            return null;
        }
        Quantity quantity = observation.quantity();
        return quantity == null || quantity.value() == null || quantity.comparator() != null ? null : quantity;
    }
}
