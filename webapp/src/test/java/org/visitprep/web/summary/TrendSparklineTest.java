package org.visitprep.web.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.visitprep.visit.TrendReading;

class TrendSparklineTest {

    private static CitedEntry steps(String value, String day) {
        return new CitedEntry(
                UUID.randomUUID(), "OBSERVATION", "Steps", value, "steps", "", LocalDate.parse(day), "Apple Health");
    }

    @Test
    void readingsAreDrawnInTheOrderOfTheirDaysFromTheLowestAtTheBottomToTheHighestAtTheTop() {
        var trend = TrendSparkline.of(
                        List.of(steps("9000", "2026-11-03"), steps("3000", "2026-11-01"), steps("6000", "2026-11-02")))
                .orElseThrow();

        assertEquals("3.0,33.0 80.0,18.0 157.0,3.0", trend.points());
        assertEquals(LocalDate.parse("2026-11-01"), trend.from());
        assertEquals(LocalDate.parse("2026-11-03"), trend.to());
        assertEquals("3000", trend.lowest());
        assertEquals("9000", trend.highest());
        assertEquals("steps", trend.unit());
        assertEquals(3, trend.readings());
    }

    @Test
    void daysWithoutReadingsLeaveTheirGapOnTheTimeAxis() {
        var trend = TrendSparkline.of(
                        List.of(steps("5000", "2026-11-01"), steps("5000", "2026-11-02"), steps("5000", "2026-11-11")))
                .orElseThrow();

        assertEquals("3.0,18.0 18.4,18.0 157.0,18.0", trend.points(), "a flat series sits in the middle");
    }

    @Test
    void readingsWithoutAPlainNumberOrADayAreLeftOutAndOneReadingMakesNoChart() {
        var withComparator = steps("< 5", "2026-11-02");
        var undated = new CitedEntry(UUID.randomUUID(), "OBSERVATION", "Steps", "4000", "steps", "", null, "");

        assertTrue(TrendSparkline.of(List.of(steps("3000", "2026-11-01"), withComparator, undated))
                .isEmpty());
        assertTrue(TrendSparkline.of(List.of()).isEmpty());
    }

    @Test
    void readingsFrozenWithAnApprovedSummaryDrawTheSameChartAsTheEntriesTheyWereReadFrom() {
        List<CitedEntry> cited =
                List.of(steps("9000", "2026-11-03"), steps("3000", "2026-11-01"), steps("< 5", "2026-11-02"));
        List<TrendReading> frozen = cited.stream()
                .map(entry -> new TrendReading(entry.date().toString(), entry.value(), entry.unit()))
                .toList();

        assertEquals(TrendSparkline.of(cited), TrendSparkline.ofReadings(frozen));
        assertTrue(TrendSparkline.ofReadings(List.of(new TrendReading(null, "3000", "steps")))
                .isEmpty());
    }
}
