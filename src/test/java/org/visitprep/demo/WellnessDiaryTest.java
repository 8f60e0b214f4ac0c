package org.visitprep.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.visitprep.record.Imports.bytes;
import static org.visitprep.record.Imports.imported;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.visitprep.record.EntryKind;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.RecordEntry;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.reading.SourceKind;

/** The demo diary imports through the real importers and tells the story the demo needs. */
class WellnessDiaryTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 28);
    private final WellnessDiary diary = new WellnessDiary(7, LAST_DAY, 60, 165, 78);

    @Test
    void the_same_seed_and_dates_give_the_same_bytes() {
        var again = new WellnessDiary(7, LAST_DAY, 60, 165, 78);

        assertArrayEquals(diary.appleHealthExport(), again.appleHealthExport());
        assertArrayEquals(diary.nutritionDiary(), again.nutritionDiary());
    }

    @Test
    void the_apple_export_imports_as_sixty_days_of_steps_sleep_and_heart_rate() {
        ImportResult result = imported(bytes("export.xml", diary.appleHealthExport(), SourceKind.APPLE_HEALTH));

        assertTrue(result.entries().stream().allMatch(entry -> entry.kind() == EntryKind.OBSERVATION));
        Map<String, List<RecordEntry>> byCode = byLoincCode(result);
        assertEquals(60, byCode.get("41950-7").size(), "one step total per day");
        assertEquals(60, byCode.get("8867-4").size(), "one heart rate summary per day");
        assertTrue(byCode.get("29463-7").size() >= 20, "a weight every third day");
    }

    @Test
    void the_last_thirty_days_have_fewer_steps_than_the_thirty_before() {
        ImportResult result = imported(bytes("export.xml", diary.appleHealthExport(), SourceKind.APPLE_HEALTH));
        List<BigDecimal> steps = byLoincCode(result).get("41950-7").stream()
                .sorted((a, b) -> a.effective()
                        .start()
                        .date()
                        .compareTo(b.effective().start().date()))
                .map(entry -> ((ObservationDetail) entry.detail()).quantity().value())
                .toList();

        assertTrue(
                average(steps.subList(30, 60)) < average(steps.subList(0, 30)) - 1500,
                "the demo patient walks clearly less in the last month");
    }

    @Test
    void the_nutrition_diary_imports_as_daily_calories() {
        ImportResult result = imported(bytes("diary.csv", diary.nutritionDiary(), SourceKind.NUTRITION_CSV));

        assertEquals(60, byLoincCode(result).get("9057-1").size(), "one calorie total per day");
    }

    private static Map<String, List<RecordEntry>> byLoincCode(ImportResult result) {
        return result.entries().stream()
                .collect(Collectors.groupingBy(entry -> ((ObservationDetail) entry.detail())
                        .code()
                        .codings()
                        .getFirst()
                        .code()));
    }

    private static double average(List<BigDecimal> values) {
        return values.stream().mapToDouble(BigDecimal::doubleValue).average().orElseThrow();
    }
}
