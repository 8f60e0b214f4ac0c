package org.visitprep.web.patient.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.visitprep.lab.Limit;
import org.visitprep.lab.ReferenceRange;
import org.visitprep.lab.ResultJudge;
import org.visitprep.lab.ResultJudgement;
import org.visitprep.lab.TestedPerson;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.Quantity;
import org.visitprep.record.StoredEntry;

/**
 * Draws one test's results over time: a table row for every result, each judged on its own, and a chart of the
 * values in the latest result's unit with the latest result's range shaded as the reference band.
 */
final class TestTrend {

    /**
     * What the page shows of a trend.
     *
     * @param name the test's name
     * @param about what the test measures, or empty
     * @param rows every result, the latest first
     * @param chartJson the Chart.js configuration
     * @param chartLabel what the chart shows, for screen readers; empty when there is nothing to draw
     * @param bandNote what the shaded band is, or empty when there is none
     */
    public record Trend(
            String name, String about, List<TrendRow> rows, String chartJson, String chartLabel, String bandNote) {}

    private final ResultJudge judge;
    private final TestedPerson person;
    private final ScreenLanguage language;
    private final ResultTexts texts;

    TestTrend(ResultJudge judge, TestedPerson person, ScreenLanguage language) {
        this.judge = judge;
        this.person = person;
        this.language = language;
        this.texts = new ResultTexts(language);
    }

    /** The trend of a series of one code's observations, oldest first; the series holds one result at least. */
    Trend of(List<StoredEntry> series) {
        StoredEntry latest = series.getLast();
        LabResultRow heading = new LabResultRows(judge, person, language).of(latest);
        Quantity latestValue = latest.observation().quantity();
        String unit = latestValue == null ? null : ResultJudge.comparableUnit(latestValue);
        List<ChartPoint> points = series.stream()
                .filter(entry -> isDrawnIn(entry, unit))
                .map(entry -> new ChartPoint(
                        dayOf(entry), entry.observation().quantity().value()))
                .toList();
        List<TrendRow> rows = series.reversed().stream().map(this::rowOf).toList();
        if (points.isEmpty()) {
            return new Trend(heading.name(), heading.about(), rows, "", "", "");
        }
        TimeChart chart = new TimeChart(language.text("chart.date"), ResultTexts.unitOf(latestValue))
                .line(heading.name(), points);
        Optional<ReferenceRange> band = judge.judge(latest.observation(), dayOf(latest), person)
                .rangeUsed()
                .filter(range -> range.unit().equals(unit));
        band.ifPresent(range -> chart.band(
                language.text("chart.lowLimit"),
                language.text(range.isGeneral() ? "chart.generalRange" : "chart.ownRange"),
                range.low().map(Limit::value).orElse(null),
                range.high().map(Limit::value).orElse(null),
                points.getFirst().day(),
                points.getLast().day()));
        String bandNote = band.map(range -> language.text(
                        range.isGeneral() ? "trend.band.general" : "trend.band.own", texts.range(range, latestValue)))
                .orElse("");
        String chartLabel = language.text(
                "trend.chartLabel",
                heading.name(),
                points.size(),
                language.date(points.getFirst().day()),
                language.date(points.getLast().day()));
        return new Trend(heading.name(), heading.about(), rows, chart.toJson(), chartLabel, bandNote);
    }

    private TrendRow rowOf(StoredEntry entry) {
        ObservationDetail observation = entry.observation();
        ResultJudgement judged = judge.judge(observation, dayOf(entry), person);
        return new TrendRow(
                entry.id(),
                language.date(dayOf(entry)),
                texts.valueOf(observation, judged),
                judged.rangeUsed()
                        .map(range -> texts.range(range, observation.quantity()))
                        .orElse(""),
                FlagView.of(judged, language));
    }

    /** A dated number, not qualified by a comparator, in the unit drawn. */
    private static boolean isDrawnIn(StoredEntry entry, String unit) {
        Quantity value = entry.observation().quantity();
        return unit != null
                && dayOf(entry) != null
                && value != null
                && value.value() != null
                && value.comparator() == null
                && ResultJudge.comparableUnit(value).equals(unit);
    }

    private static LocalDate dayOf(StoredEntry entry) {
        return entry.effective() == null ? null : entry.effective().start().date();
    }
}
