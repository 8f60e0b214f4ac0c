package org.visitprep.web.patient.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Optional;
import org.visitprep.lab.ResultJudge;
import org.visitprep.web.layout.LanguageSelection;

/**
 * The wellness page: for each measure the patient has readings of, its last eight weeks up to its latest reading,
 * day by day and week by week, as a chart and as tables.
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
        DailyReadings readings =
                DailyReadings.of(measure, signedInRecord.record().observationsCoded(measure.coding()));
        if (readings.isEmpty()) {
            return Optional.empty();
        }
        NavigableMap<LocalDate, BigDecimal> days = readings.lastWeeks(WEEKS_SHOWN);
        List<DailyReadings.WeeklyAverage> averages = readings.weeklyAverages(days);
        String unitOfLatest = ResultJudge.comparableUnit(readings.latest());
        String unit =
                measure.isConverted(unitOfLatest) ? language.text("unit.hours") : ResultTexts.unitOf(readings.latest());
        String title = language.text("wellness.measure." + measure.name());
        String period = language.text("wellness.period", language.date(days.firstKey()), language.date(days.lastKey()));
        return Optional.of(new MeasureTrend(
                measure.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                title,
                unit,
                period,
                chartOf(days, averages, unit, language),
                language.text("wellness.chartLabel", title, unit, period),
                weekRows(averages, measure, language),
                dayRows(days, measure, language)));
    }

    /** The days as a line, and the weekly averages as steps held from each week's first shown day. */
    private static String chartOf(
            NavigableMap<LocalDate, BigDecimal> days,
            List<DailyReadings.WeeklyAverage> averages,
            String unit,
            ScreenLanguage language) {
        List<ChartPoint> daily = new ArrayList<>();
        days.forEach((day, value) -> daily.add(new ChartPoint(day, value)));
        List<ChartPoint> weekly = new ArrayList<>();
        for (DailyReadings.WeeklyAverage week : averages) {
            LocalDate from = week.monday().isBefore(days.firstKey()) ? days.firstKey() : week.monday();
            weekly.add(new ChartPoint(from, week.value()));
        }
        weekly.add(new ChartPoint(days.lastKey(), averages.getLast().value()));
        return new TimeChart(language.text("chart.date"), unit)
                .line(language.text("wellness.daily"), daily)
                .steps(language.text("wellness.weeklyAverage"), weekly)
                .toJson();
    }

    private static List<MeasureTrend.Week> weekRows(
            List<DailyReadings.WeeklyAverage> averages, DailyMeasure measure, ScreenLanguage language) {
        return averages.reversed().stream()
                .map(week -> new MeasureTrend.Week(
                        language.text("wellness.weekOf", language.date(week.monday())),
                        language.number(week.value(), measure.decimals()),
                        week.days()))
                .toList();
    }

    private static List<MeasureTrend.Day> dayRows(
            NavigableMap<LocalDate, BigDecimal> days, DailyMeasure measure, ScreenLanguage language) {
        List<MeasureTrend.Day> rows = new ArrayList<>();
        days.descendingMap()
                .forEach((day, value) ->
                        rows.add(new MeasureTrend.Day(language.date(day), language.number(value, measure.decimals()))));
        return rows;
    }
}
