package org.visitprep.web.patient.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.visitprep.lab.ReferenceRange;
import org.visitprep.lab.ResultJudge;
import org.visitprep.lab.ResultJudgement;
import org.visitprep.lab.TestedPerson;
import org.visitprep.record.Coding;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.Quantity;
import org.visitprep.record.StoredEntry;
import org.visitprep.web.layout.LanguageSelection;

/**
 * The trend of the test the patient chose: every result of its code over time, as a chart with the latest result's
 * reference band shaded, and as a table listing the same values (a chart alone is not accessible). Only results in
 * the latest result's unit are drawn; the table lists them all.
 */
@Named
@RequestScoped
public class LabTrend {

    @Inject
    private LabTrendChoice choice;

    @Inject
    private SignedInRecord signedInRecord;

    @Inject
    private LanguageSelection languageSelection;

    private Optional<Trend> trend;

    /** What the page shows of the trend, computed once per request. */
    public record Trend(
            String name, String about, List<TrendRow> rows, String chartJson, String chartLabel, String bandNote) {}

    public boolean isShown() {
        return trend().isPresent();
    }

    public Trend getTrend() {
        return trend().orElse(null);
    }

    private Optional<Trend> trend() {
        if (trend == null) {
            trend = Optional.ofNullable(choice.chosenEntryId())
                    .flatMap(id -> signedInRecord.record().entry(id))
                    .filter(entry -> entry.detail() instanceof ObservationDetail)
                    .map(this::trendOf);
        }
        return trend;
    }

    private Trend trendOf(StoredEntry chosen) {
        ScreenLanguage language = new ScreenLanguage(languageSelection.getLocale());
        ResultJudge judge = ResultJudge.standard();
        TestedPerson person = signedInRecord.testedPerson();
        ResultTexts texts = new ResultTexts(language);
        LabResultRow heading = new LabResultRows(judge, person, language).of(chosen);
        Coding code = LabResultRows.codeOf(chosen.observation().code());
        List<StoredEntry> series =
                code == null ? List.of(chosen) : signedInRecord.record().observationsCoded(code);

        StoredEntry latest = series.isEmpty() ? chosen : series.getLast();
        Quantity latestValue = latest.observation().quantity();
        String unit = latestValue == null ? null : ResultJudge.comparableUnit(latestValue);
        List<TrendRow> rows = new ArrayList<>();
        List<ChartPoint> points = new ArrayList<>();
        for (StoredEntry entry : series) {
            ObservationDetail observation = entry.observation();
            LocalDate day =
                    entry.effective() == null ? null : entry.effective().start().date();
            ResultJudgement judged = judge.judge(observation, day, person);
            rows.add(new TrendRow(
                    entry.id(),
                    language.date(day),
                    texts.valueOf(observation, judged),
                    judged.rangeUsed()
                            .map(range -> texts.range(range, observation.quantity()))
                            .orElse(""),
                    FlagView.of(judged.flag(), language)));
            Quantity value = observation.quantity();
            if (day != null
                    && value != null
                    && value.value() != null
                    && value.comparator() == null
                    && ResultJudge.comparableUnit(value).equals(unit)) {
                points.add(new ChartPoint(day, value.value()));
            }
        }
        LocalDate latestDay =
                latest.effective() == null ? null : latest.effective().start().date();
        Optional<ReferenceRange> band = judge.judge(latest.observation(), latestDay, person)
                .rangeUsed()
                .filter(range -> range.unit().equals(unit));
        String unitShown = latestValue == null ? "" : ResultTexts.unitOf(latestValue);
        TimeChart chart = new TimeChart(language.text("chart.date"), unitShown).line(heading.name(), points);
        String bandNote = "";
        if (band.isPresent() && !points.isEmpty()) {
            ReferenceRange range = band.get();
            chart.band(
                    language.text("chart.lowLimit"),
                    language.text(range.isGeneral() ? "chart.generalRange" : "chart.ownRange"),
                    range.low().map(limit -> limit.value()).orElse(null),
                    range.high().map(limit -> limit.value()).orElse(null),
                    points.getFirst().day(),
                    points.getLast().day());
            bandNote = language.text(
                    range.isGeneral() ? "trend.band.general" : "trend.band.own", texts.range(range, latestValue));
        }
        String chartLabel = points.isEmpty()
                ? ""
                : language.text(
                        "trend.chartLabel",
                        heading.name(),
                        points.size(),
                        language.date(points.getFirst().day()),
                        language.date(points.getLast().day()));
        return new Trend(heading.name(), heading.about(), rows.reversed(), chart.toJson(), chartLabel, bandNote);
    }
}
