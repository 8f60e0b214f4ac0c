package org.visitprep.web.patient.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeChartTest {

    private static final LocalDate FIRST = LocalDate.of(2024, 1, 15);
    private static final LocalDate LAST = LocalDate.of(2026, 3, 12);
    private static final List<ChartPoint> A1C =
            List.of(new ChartPoint(FIRST, new BigDecimal("6.2")), new ChartPoint(LAST, new BigDecimal("6.9")));

    @Test
    void aRangeWithBothLimitsShadesTheSpaceBetweenItsTwoLines() {
        JsonArray datasets = datasetsOf(new TimeChart("Date", "mmol/L")
                .band(
                        "Lower limit",
                        "Your laboratory's range",
                        new BigDecimal("3.5"),
                        new BigDecimal("5.0"),
                        FIRST,
                        LAST)
                .line("Potassium", A1C));

        assertEquals(3, datasets.size());
        assertEquals("+1", datasets.getJsonObject(0).getString("fill"), "the upper line fills down to the lower one");
        assertEquals(5.0, yOf(datasets.getJsonObject(0), 0));
        assertFalse(datasets.getJsonObject(1).getBoolean("fill"));
        assertEquals(3.5, yOf(datasets.getJsonObject(1), 1));
        assertEquals("Potassium", datasets.getJsonObject(2).getString("label"), "values are drawn over the band");
    }

    @Test
    void aRangeWithAHighLimitOnlyShadesEverythingBelowIt() {
        JsonArray datasets = datasetsOf(new TimeChart("Date", "%")
                .band("Lower limit", "General adult range", null, new BigDecimal("5.7"), FIRST, LAST)
                .line("Hemoglobin A1c", A1C));

        assertEquals(2, datasets.size());
        assertEquals("start", datasets.getJsonObject(0).getString("fill"));
        assertEquals("General adult range", datasets.getJsonObject(0).getString("label"));
    }

    @Test
    void aRangeWithALowLimitOnlyShadesEverythingAboveIt() {
        JsonArray datasets = datasetsOf(new TimeChart("Date", "mL/min")
                .band("Lower limit", "General adult range", new BigDecimal("60"), null, FIRST, LAST));

        assertEquals("end", datasets.getJsonObject(0).getString("fill"));
    }

    @Test
    void daysArePlacedByTheirTimeOnALinearAxisTitledWithTheUnit() {
        JsonObject chart = parse(new TimeChart("Date", "%").line("Hemoglobin A1c", A1C));

        JsonObject scales = chart.getJsonObject("options").getJsonObject("scales");
        assertEquals("linear", scales.getJsonObject("x").getString("type"));
        assertEquals("%", scales.getJsonObject("y").getJsonObject("title").getString("text"));
        JsonObject last = chart.getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("data")
                .getJsonObject(1);
        assertEquals(TimeChart.millisOf(LAST), last.getJsonNumber("x").longValue());
        assertEquals(1_773_273_600_000L, TimeChart.millisOf(LAST), "midnight UTC of 12 March 2026");
    }

    private static double yOf(JsonObject dataset, int point) {
        return dataset.getJsonArray("data")
                .getJsonObject(point)
                .getJsonNumber("y")
                .doubleValue();
    }

    private static JsonArray datasetsOf(TimeChart chart) {
        return parse(chart).getJsonObject("data").getJsonArray("datasets");
    }

    private static JsonObject parse(TimeChart chart) {
        return Json.createReader(new StringReader(chart.toJson())).readObject();
    }
}
