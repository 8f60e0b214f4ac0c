package org.visitprep.record.nutrition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.visitprep.record.Imports.imported;
import static org.visitprep.record.Imports.refusedWith;
import static org.visitprep.record.Imports.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.visitprep.record.EntryKind;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.ProblemCode;
import org.visitprep.record.reading.SourceKind;

/** Nutrition diaries in MyFitnessPal's export shape: summed per day, strict about their cells. */
class NutritionDiaryImportTest {

    private static final String HEADER = "Date,Meal,Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,"
            + "Monounsaturated Fat,Trans Fat,Cholesterol,Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,"
            + "Protein (g),Vitamin A,Vitamin C,Calcium,Iron,Note\n";

    @Test
    void sumsEachNutrientPerDay() {
        String diary = HEADER
                + "2024-03-04,Breakfast,350,10.5,3,1,2,0,15,400,300,50,6,12,15,4,10,8,6,\n"
                + "2024-03-04,Lunch,650.5,20,6,3,5,0.5,80,900,700,70,8,9,35,10,20,15,20,\"salad, soup\"\n"
                + "2024-03-05,Dinner,700,25,8,4,6,0,95,1100,800,60,5,10,40,,,,,\n";
        ImportResult result = imported(text("diary.csv", diary, SourceKind.DETECT));

        assertEquals("Nutrition diary CSV", result.formatLabel());
        assertEquals(2 * Nutrient.values().length, result.count(EntryKind.OBSERVATION));
        ObservationDetail calories =
                (ObservationDetail) result.entries().getFirst().detail();
        assertEquals("9057-1", calories.code().codings().getFirst().code());
        assertEquals(new BigDecimal("1000.5"), calories.quantity().value());
        assertEquals("kcal", calories.quantity().ucumCode());
        assertTrue(calories.isIn("nutrition"));
        assertEquals(
                "2024-03-04", result.entries().getFirst().effective().start().asWritten());
    }

    @Test
    void findsColumnsInAnyOrder() {
        String diary = "protein (g),Note,CALORIES,date\n12,\"said \"\"hi\"\"\",200,2024-01-02\n";
        ImportResult result = imported(text("diary.csv", diary, SourceKind.NUTRITION_CSV));
        assertEquals(
                List.of(new BigDecimal("200"), new BigDecimal("12")),
                result.entries().stream()
                        .map(e -> ((ObservationDetail) e.detail()).quantity().value())
                        .toList());
    }

    @Test
    void refusesABadNumberNamingLineAndColumn() {
        String diary = HEADER + "2024-03-04,Breakfast,350,10.5,3,1,2,0,15,lots,300,50,6,12,15,4,10,8,6,\n";
        ImportProblem problem =
                refusedWith(text("diary.csv", diary, SourceKind.NUTRITION_CSV), ProblemCode.CSV_BAD_NUMBER);
        assertEquals(2, problem.location().line());
        assertEquals(10, problem.location().column());
        assertEquals(List.of("Sodium (mg)", "lots"), problem.arguments());
        assertTrue(
                problem.message(Locale.ENGLISH).startsWith("diary.csv, line 2, column 10"),
                problem.message(Locale.ENGLISH));
    }

    @Test
    void refusesABadDate() {
        String diary = HEADER + "04/03/2024,Breakfast,350,10.5,3,1,2,0,15,400,300,50,6,12,15,4,10,8,6,\n";
        ImportProblem problem =
                refusedWith(text("diary.csv", diary, SourceKind.NUTRITION_CSV), ProblemCode.CSV_BAD_DATE);
        assertEquals(List.of("Date", "04/03/2024", "yyyy-MM-dd"), problem.arguments());
    }

    @Test
    void refusesADiaryWithoutItsKeyColumnsOrWithBrokenLines() {
        refusedWith(
                text("diary.csv", "Date,Meal\n2024-01-01,Lunch\n", SourceKind.NUTRITION_CSV),
                ProblemCode.CSV_MISSING_COLUMN);
        refusedWith(
                text("diary.csv", "Date,Calories\n2024-01-01\n", SourceKind.NUTRITION_CSV),
                ProblemCode.CSV_WRONG_CELL_COUNT);
        refusedWith(
                text("diary.csv", "Date,Calories\n2024-01-01,\"12\n", SourceKind.NUTRITION_CSV),
                ProblemCode.CSV_UNCLOSED_QUOTE);
    }
}
