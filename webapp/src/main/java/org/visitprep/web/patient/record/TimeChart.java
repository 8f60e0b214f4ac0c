package org.visitprep.web.patient.record;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.visitprep.web.security.ScriptText;

/**
 * A Chart.js line chart over time, as the JSON configuration PrimeFaces' {@code p:chart} takes. Days are placed by
 * their time (milliseconds at midnight UTC) on a linear axis, so that gaps between results show as gaps; the page's
 * extender ({@code VisitPrepCharts.timeAxis} in {@code js/record-charts.js}) writes them as dates in the page's
 * language. A reference band is two range lines with the space between them shaded.
 */
final class TimeChart {

    static final String VALUE_COLOUR = "#1d4f7a";
    static final String AVERAGE_COLOUR = "#8a4b08";
    static final String BAND_LINE_COLOUR = "#2e6b30";
    static final String BAND_FILL = "rgba(46, 125, 50, 0.16)";

    private final String xTitle;
    private final String yTitle;
    private final JsonArrayBuilder bands = Json.createArrayBuilder();
    private final JsonArrayBuilder series = Json.createArrayBuilder();

    /**
     * @param xTitle the time axis' title, e.g. "Date"
     * @param yTitle the value axis' title, usually the unit
     */
    TimeChart(String xTitle, String yTitle) {
        this.xTitle = xTitle;
        this.yTitle = yTitle;
    }

    /** A series of values, drawn as a line through its points. */
    TimeChart line(String label, List<ChartPoint> points) {
        series.add(dataset(label, points, VALUE_COLOUR).add("pointRadius", 3).add("fill", false));
        return this;
    }

    /**
     * A series of averages drawn as steps without points, e.g. weekly averages over daily values: each point holds
     * its value until the next one, so the last point closes the last step.
     */
    TimeChart steps(String label, List<ChartPoint> points) {
        series.add(dataset(label, points, AVERAGE_COLOUR)
                .add("stepped", "after")
                .add("pointRadius", 0)
                .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                .add("fill", false));
        return this;
    }

    /**
     * A reference band from {@code from} to {@code to}: a line at each limit given and the space between them shaded;
     * with one limit only, the side of it the range admits is shaded to the chart's edge.
     *
     * @param low the low limit, or null
     * @param high the high limit, or null
     */
    TimeChart band(String lowLabel, String highLabel, BigDecimal low, BigDecimal high, LocalDate from, LocalDate to) {
        if (high != null) {
            bands.add(limit(highLabel, high, from, to).add("fill", low != null ? "+1" : "start"));
        }
        if (low != null) {
            JsonObjectBuilder lowLine = limit(lowLabel, low, from, to);
            bands.add(high != null ? lowLine.add("fill", false) : lowLine.add("fill", "end"));
        }
        return this;
    }

    String toJson() {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        bands.build().forEach(datasets::add);
        series.build().forEach(datasets::add);
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add(
                        "x",
                        axis(xTitle)
                                .add("type", "linear")
                                .add("ticks", Json.createObjectBuilder().add("maxTicksLimit", 8)))
                .add("y", axis(yTitle).add("type", "linear"));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", scales)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")));
        // PrimeFaces writes the configuration into a script: a unit or a name from a record must not end it
        return ScriptText.json(Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("datasets", datasets))
                .add("options", options)
                .build()
                .toString());
    }

    private static JsonObjectBuilder axis(String title) {
        return Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
    }

    private static JsonObjectBuilder dataset(String label, List<ChartPoint> points, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        points.forEach(point -> data.add(
                Json.createObjectBuilder().add("x", millisOf(point.day())).add("y", point.value())));
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("borderWidth", 2);
    }

    private static JsonObjectBuilder limit(String label, BigDecimal value, LocalDate from, LocalDate to) {
        List<ChartPoint> ends = List.of(new ChartPoint(from, value), new ChartPoint(to, value));
        return dataset(label, ends, BAND_LINE_COLOUR)
                .add("backgroundColor", BAND_FILL)
                .add("borderDash", Json.createArrayBuilder().add(4).add(4))
                .add("pointRadius", 0);
    }

    static long millisOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
