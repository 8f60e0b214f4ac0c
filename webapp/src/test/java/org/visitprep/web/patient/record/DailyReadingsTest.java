package org.visitprep.web.patient.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.visitprep.record.Coding;
import org.visitprep.record.Concept;
import org.visitprep.record.EffectiveTime;
import org.visitprep.record.EntryKind;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.Quantity;
import org.visitprep.record.RecordTime;
import org.visitprep.record.StoredEntry;

class DailyReadingsTest {

    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 29);

    @Test
    void theLastWeeksEndOnTheLastReadingAndWeeksStartOnMonday() {
        List<StoredEntry> steps = new ArrayList<>();
        for (int day = 69; day >= 0; day--) {
            steps.add(reading(SUNDAY.minusDays(day), String.valueOf(1000 + day), "/d"));
        }

        DailyReadings readings = DailyReadings.of(DailyMeasure.STEPS, steps);
        var shown = readings.lastWeeks(8);
        var weeks = readings.weeklyAverages(shown);

        assertEquals(56, shown.size());
        assertEquals(SUNDAY, shown.lastKey());
        assertEquals(SUNDAY.minusDays(55), shown.firstKey());
        assertEquals(8, weeks.size(), "a Sunday's eight weeks are eight whole weeks");
        var lastWeek = weeks.getLast();
        assertEquals(SUNDAY.minusDays(6), lastWeek.monday());
        assertEquals(7, lastWeek.days());
        assertEquals(0, new BigDecimal("1003.0").compareTo(lastWeek.value()), "1000 to 1006 average 1003");
    }

    @Test
    void severalReadingsOfADayCountAsTheirAverageAndOtherUnitsAreLeftOut() {
        List<StoredEntry> weights = List.of(
                reading(SUNDAY, "170", "[lb_av]"),
                reading(SUNDAY.minusDays(1), "78.0", "kg"),
                reading(SUNDAY, "79.0", "kg"),
                reading(SUNDAY, "80.0", "kg"));

        var days = DailyReadings.of(DailyMeasure.WEIGHT, weights).lastWeeks(8);

        assertEquals(2, days.size());
        assertEquals(0, new BigDecimal("79.5").compareTo(days.get(SUNDAY)), "pounds are not averaged with kilograms");
    }

    @Test
    void sleepRecordedInMinutesIsShownInHours() {
        var sleep = DailyReadings.of(DailyMeasure.SLEEP, List.of(reading(SUNDAY, "450", "min")));

        assertEquals(0, new BigDecimal("7.5").compareTo(sleep.lastWeeks(8).get(SUNDAY)));
        assertTrue(DailyMeasure.SLEEP.isConverted("min"));
    }

    private static StoredEntry reading(LocalDate day, String value, String ucum) {
        var observation = new ObservationDetail(
                Concept.of(new Coding(Coding.LOINC, "41950-7", null)),
                List.of("activity"),
                Quantity.ucum(new BigDecimal(value), ucum, ucum),
                null,
                List.of(),
                List.of(),
                List.of(),
                "final");
        return new StoredEntry(
                UUID.randomUUID(),
                "Observation",
                EntryKind.OBSERVATION,
                EffectiveTime.at(RecordTime.ofDate(day)),
                observation,
                "Apple Health export export.xml");
    }
}
