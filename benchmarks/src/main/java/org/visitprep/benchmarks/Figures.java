package org.visitprep.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/** Prints figures as {@code BENCH <name> <value> <unit>}, and notes as lines starting with {@code #}. */
final class Figures {

    private Figures() {}

    static void print(String name, double value, String unit) {
        String formatted =
                value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
        System.out.println("BENCH " + name + " " + formatted + " " + unit);
        System.out.flush();
    }

    static void note(String text) {
        System.out.println("# " + text);
        System.out.flush();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
