package org.visitprep.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Generates a plausible, seeded wellness diary for a demo patient: an Apple Health {@code export.xml} (steps, heart
 * rate, resting heart rate, sleep, active energy, weight, height, blood pressure) and a nutrition diary CSV in the
 * shape of MyFitnessPal's export, for the days up to a given date.
 *
 * <p>The story is the one the demo needs: over the last month the patient sleeps less and walks less than the
 * month before, and their weight creeps up, so the visit summary has a wellness trend to report. The same seed and
 * dates always give the same bytes.
 */
public final class WellnessDiary {

    private static final DateTimeFormatter APPLE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT);
    private static final String SOURCE = "VisitPrep demo watch";
    private static final int STEP_CHUNKS = 8;
    private static final int HEART_RATE_SAMPLES = 16;

    private final long seed;
    private final LocalDate lastDay;
    private final int days;
    private final double heightCm;
    private final double startWeightKg;

    /**
     * @param seed makes the diary reproducible
     * @param lastDay the diary's last day, usually today
     * @param days how many days the diary covers, ending on {@code lastDay}
     * @param heightCm the patient's height
     * @param startWeightKg the weight on the first day
     */
    public WellnessDiary(long seed, LocalDate lastDay, int days, double heightCm, double startWeightKg) {
        if (days < 2) {
            throw new IllegalArgumentException("A diary needs at least two days");
        }
        this.seed = seed;
        this.lastDay = lastDay;
        this.days = days;
        this.heightCm = heightCm;
        this.startWeightKg = startWeightKg;
    }

    LocalDate firstDay() {
        return lastDay.minusDays(days - 1L);
    }

    /** How far into the diary a day is, from 0 on the first day to 1 on the last. */
    private double progress(int dayIndex) {
        return dayIndex / (double) (days - 1);
    }

    /** Whether the day falls in the diary's second half, when the patient walks and sleeps less. */
    private boolean inLatterHalf(int dayIndex) {
        return dayIndex >= days / 2;
    }

    /** The Apple Health export, as {@code export.xml} bytes. */
    public byte[] appleHealthExport() {
        var bytes = new ByteArrayOutputStream();
        try (Writer xml = writer(bytes)) {
            xml.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <!DOCTYPE HealthData [
                    <!ELEMENT HealthData (ExportDate,Me,(Record|Correlation)*)>
                    <!ATTLIST HealthData locale CDATA #REQUIRED>
                    <!ELEMENT ExportDate EMPTY>
                    <!ATTLIST ExportDate value CDATA #REQUIRED>
                    <!ELEMENT Me EMPTY>
                    <!ELEMENT Record EMPTY>
                    <!ELEMENT Correlation (Record*)>
                    ]>
                    """);
            xml.write("<HealthData locale=\"en_GB\">\n");
            xml.write("  <ExportDate value=\"" + time(lastDay.atTime(23, 0)) + "\"/>\n");
            xml.write("  <Me HKCharacteristicTypeIdentifierBiologicalSex=\"HKBiologicalSexFemale\"/>\n");
            var random = new Random(seed);
            record(xml, "HKQuantityTypeIdentifierHeight", "cm", firstDay().atTime(8, 0), 1, heightCm);
            for (int day = 0; day < days; day++) {
                LocalDate date = firstDay().plusDays(day);
                writeDay(xml, random, day, date);
            }
            xml.write("</HealthData>\n");
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    private void writeDay(Writer xml, Random random, int day, LocalDate date) throws IOException {
        int steps = (int) Math.round((inLatterHalf(day) ? 5200 : 8400) + random.nextGaussian() * 900);
        int perChunk = Math.max(steps, 0) / STEP_CHUNKS;
        for (int chunk = 0; chunk < STEP_CHUNKS; chunk++) {
            record(xml, "HKQuantityTypeIdentifierStepCount", "count", date.atTime(8 + chunk * 2, 0), 30, perChunk);
        }
        for (int sample = 0; sample < HEART_RATE_SAMPLES; sample++) {
            double rate = 72 + random.nextGaussian() * 8 + (sample % 5 == 0 ? 25 : 0);
            record(
                    xml,
                    "HKQuantityTypeIdentifierHeartRate",
                    "count/min",
                    date.atTime(7 + sample, 10),
                    1,
                    Math.round(rate));
        }
        record(
                xml,
                "HKQuantityTypeIdentifierRestingHeartRate",
                "count/min",
                date.atTime(7, 0),
                1,
                Math.round(63 + random.nextGaussian() * 2));
        record(
                xml,
                "HKQuantityTypeIdentifierActiveEnergyBurned",
                "kcal",
                date.atTime(18, 0),
                60,
                Math.round(steps * 0.045 + random.nextGaussian() * 20));
        double sleepHours = (inLatterHalf(day) ? 6.1 : 7.2) + random.nextGaussian() * 0.4;
        LocalDateTime bedtime = date.minusDays(1).atTime(23, 15).plusMinutes(random.nextInt(40));
        xml.write("  <Record type=\"HKCategoryTypeIdentifierSleepAnalysis\" sourceName=\"" + SOURCE + "\""
                + " creationDate=\"" + time(date.atTime(7, 30)) + "\" startDate=\"" + time(bedtime) + "\""
                + " endDate=\"" + time(bedtime.plusMinutes(Math.round(sleepHours * 60))) + "\""
                + " value=\"HKCategoryValueSleepAnalysisAsleepUnspecified\"/>\n");
        if (day % 3 == 0) {
            double weight = startWeightKg + 1.8 * progress(day) + random.nextGaussian() * 0.3;
            record(xml, "HKQuantityTypeIdentifierBodyMass", "kg", date.atTime(7, 5), 1, round1(weight));
        }
        if (day % 7 == 0) {
            bloodPressure(xml, date.atTime(8, 30), 128 + random.nextInt(10), 82 + random.nextInt(6));
        }
    }

    private static void bloodPressure(Writer xml, LocalDateTime at, int systolic, int diastolic) throws IOException {
        String when = " creationDate=\"" + time(at) + "\" startDate=\"" + time(at) + "\" endDate=\"" + time(at) + "\"";
        xml.write("  <Correlation type=\"HKCorrelationTypeIdentifierBloodPressure\" sourceName=\"" + SOURCE + "\""
                + when + ">\n");
        xml.write("    <Record type=\"HKQuantityTypeIdentifierBloodPressureSystolic\" sourceName=\"" + SOURCE
                + "\" unit=\"mmHg\"" + when + " value=\"" + systolic + "\"/>\n");
        xml.write("    <Record type=\"HKQuantityTypeIdentifierBloodPressureDiastolic\" sourceName=\"" + SOURCE
                + "\" unit=\"mmHg\"" + when + " value=\"" + diastolic + "\"/>\n");
        xml.write("  </Correlation>\n");
    }

    private static void record(Writer xml, String type, String unit, LocalDateTime start, int minutes, double value)
            throws IOException {
        String number = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        xml.write("  <Record type=\"" + type + "\" sourceName=\"" + SOURCE + "\" unit=\"" + unit + "\""
                + " creationDate=\"" + time(start.plusMinutes(minutes)) + "\" startDate=\"" + time(start) + "\""
                + " endDate=\"" + time(start.plusMinutes(minutes)) + "\" value=\"" + number + "\"/>\n");
    }

    /** The nutrition diary, as CSV bytes in the columns of MyFitnessPal's export. */
    public byte[] nutritionDiary() {
        var bytes = new ByteArrayOutputStream();
        var random = new Random(seed ^ 0x5DEECE66DL);
        try (Writer csv = writer(bytes)) {
            csv.write("Date,Meal,Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,Monounsaturated Fat,Trans Fat,"
                    + "Cholesterol,Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,Protein (g),Note\n");
            String[] meals = {"Breakfast", "Lunch", "Dinner", "Snacks"};
            double[] shares = {0.22, 0.33, 0.35, 0.10};
            for (int day = 0; day < days; day++) {
                LocalDate date = firstDay().plusDays(day);
                double calories = (inLatterHalf(day) ? 2250 : 2000) + random.nextGaussian() * 150;
                for (int meal = 0; meal < meals.length; meal++) {
                    double kcal = calories * shares[meal];
                    csv.write(String.join(
                                    ",",
                                    date.toString(),
                                    meals[meal],
                                    fixed(kcal, 0),
                                    fixed(kcal * 0.035, 1),
                                    fixed(kcal * 0.012, 1),
                                    fixed(kcal * 0.006, 1),
                                    fixed(kcal * 0.014, 1),
                                    "0",
                                    fixed(kcal * 0.12, 0),
                                    fixed(kcal * 1.4, 0),
                                    fixed(kcal * 1.1, 0),
                                    fixed(kcal * 0.12, 1),
                                    fixed(kcal * 0.011, 1),
                                    fixed(kcal * 0.05, 1),
                                    fixed(kcal * 0.045, 1),
                                    "")
                            + "\n");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    private static Writer writer(OutputStream bytes) {
        return new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    }

    private static String time(LocalDateTime local) {
        return local.atOffset(ZoneOffset.UTC).format(APPLE_TIME);
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
