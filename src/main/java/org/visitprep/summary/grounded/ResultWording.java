package org.visitprep.summary.grounded;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.visitprep.lab.LabFlag;
import org.visitprep.summary.facts.CriticalLimitUsed;
import org.visitprep.summary.facts.CriticalReading;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.RangeUsed;
import org.visitprep.summary.facts.Reading;
import org.visitprep.summary.facts.ResultFact;

/**
 * Words a result: its value (a number, a bound such as "more than 600 mg/dL", or the record's words), its date, and
 * how it compares, on the grounds that decided it: the laboratory's own flag ("flagged as high by your laboratory"),
 * a critical limit with its source, or the range (the laboratory's, or the general adult one with its source). The
 * full form also gives the critical values of the window before it and the previous value; the short form, for
 * "needs attention", keeps to about a line.
 */
final class ResultWording {

    private final Phrasebook phrases;

    ResultWording(Phrasebook phrases) {
        this.phrases = phrases;
    }

    /** The full sentence: value, date, comparison, earlier critical values, previous value. */
    String full(ResultFact result) {
        String previous = result.previous() == null
                ? ""
                : phrases.phrase("result.previous", reading(result.previous()), date(result, result.previous()));
        return phrases.phrase(
                "result.reading",
                result.name().in(phrases.locale()),
                reading(result.latest()),
                date(result, result.latest()),
                comparison(result, false) + earlierCritical(result),
                previous);
    }

    /**
     * The short sentence under "needs attention": the critical values of the window first when the latest is not
     * the one at a critical level, then the latest value, its date and how it compares.
     */
    String attention(ResultFact result) {
        String name = result.name().in(phrases.locale());
        if (!result.earlierCritical().isEmpty()) {
            return phrases.phrase(
                    "attention.result.earlierCritical",
                    name,
                    criticalReadings(result, result.earlierCritical()),
                    reading(result.latest()),
                    date(result, result.latest()),
                    comparison(result, true));
        }
        return phrases.phrase(
                "attention.result",
                name,
                reading(result.latest()),
                date(result, result.latest()),
                comparison(result, true));
    }

    /** The plainest true sentence: name, value and date, no comparison. */
    String plain(ResultFact result) {
        return phrases.phrase(
                "plain.reading",
                result.name().in(phrases.locale()),
                reading(result.latest()),
                date(result, result.latest()));
    }

    /** The value as written: a number with its unit, a bound ("more than 600 mg/dL"), or the record's words. */
    String reading(Reading reading) {
        if (reading.isInWords()) {
            return phrases.phrase("reading.words", reading.text());
        }
        String quantity = phrases.quantity(reading.value(), reading.scale(), reading.unit(), reading.ucum());
        return reading.comparator() == null ? quantity : phrases.phrase("reading." + bound(reading), quantity);
    }

    String date(Fact fact, Reading reading) {
        return phrases.date(fact, reading.date());
    }

    /**
     * How the latest value compares, on the grounds that decided it; in the short form, a general range's source is
     * left for the full sentence and the critical limit's source too.
     */
    private String comparison(ResultFact result, boolean brief) {
        if (result.basis() == null) {
            return legacyComparison(result, brief);
        }
        return switch (result.basis()) {
            case LABORATORY_FLAG -> laboratoryFlag(result, brief);
            case CRITICAL_LIMIT -> rangeComparison(result, brief) + critical(result, brief);
            case RANGE -> legacyComparison(result, brief);
            case UNDECIDED -> undecided(result);
            case QUALITATIVE_VALUE, NONE -> "";
        };
    }

    /** By the range alone: how facts stored before the basis was kept were all decided. */
    private String legacyComparison(ResultFact result, boolean brief) {
        return result.flag() == LabFlag.UNKNOWN ? "" : rangeComparison(result, brief);
    }

    private String laboratoryFlag(ResultFact result, boolean brief) {
        String word = phrases.phraseOr("labflag." + result.laboratoryFlag(), result.laboratoryFlag());
        String flagged = phrases.phrase("result.flagged", word);
        if (brief
                || result.range() == null
                || result.range().basis() != org.visitprep.summary.facts.RangeBasis.RECORD) {
            return flagged;
        }
        return flagged + phrases.phrase("result.flagged.range", range(result.range()));
    }

    private String rangeComparison(ResultFact result, boolean brief) {
        if (result.range() == null) {
            return "";
        }
        String side = result.flag().isHigh() ? "HIGH" : result.flag().isLow() ? "LOW" : "NORMAL";
        String key = "result." + side + "." + result.range().basis();
        return phrases.phrase(
                brief ? key + ".short" : key,
                range(result.range()),
                result.range().sourceName());
    }

    /** A bound ("less than 5 mg/L") that may lie on either side of a limit says it cannot be placed. */
    private String undecided(ResultFact result) {
        if (result.range() == null) {
            return "";
        }
        return phrases.phrase("result.undecided." + result.range().basis(), range(result.range()));
    }

    private String critical(ResultFact result, boolean brief) {
        CriticalLimitUsed critical = result.critical();
        if (critical == null) {
            return "";
        }
        boolean high = result.flag() == LabFlag.CRITICAL_HIGH && critical.high() != null;
        String limit = high
                ? phrases.phrase(
                        critical.highInclusive() ? "range.atLeast" : "range.above",
                        limit(critical.high(), critical.unit()))
                : phrases.phrase(
                        critical.lowInclusive() ? "range.atMost" : "range.below",
                        limit(critical.low(), critical.unit()));
        return brief
                ? phrases.phrase("result.critical.short", limit)
                : phrases.phrase("result.critical", limit, critical.sourceName());
    }

    private String earlierCritical(ResultFact result) {
        if (result.earlierCritical().isEmpty()) {
            return "";
        }
        return phrases.phrase("result.earlierCritical", criticalReadings(result, result.earlierCritical()));
    }

    private String criticalReadings(ResultFact result, List<CriticalReading> critical) {
        return critical.stream()
                .map(earlier ->
                        phrases.phrase("result.valueOn", reading(earlier.reading()), date(result, earlier.reading())))
                .collect(Collectors.joining(phrases.phrase("list.separator")));
    }

    String range(RangeUsed range) {
        String low = range.low() == null ? null : limit(range, range.low(), range.high() == null);
        String high = range.high() == null ? null : limit(range, range.high(), true);
        if (low != null && high != null) {
            return phrases.phrase("range.between", low, high);
        }
        if (low != null) {
            return phrases.phrase(range.lowInclusive() ? "range.atLeast" : "range.above", low);
        }
        return phrases.phrase(range.highInclusive() ? "range.atMost" : "range.below", high);
    }

    private String limit(RangeUsed range, BigDecimal value, boolean withUnit) {
        int scale = Math.max(0, value.stripTrailingZeros().scale());
        return withUnit ? phrases.quantity(value, scale, null, range.unit()) : phrases.number(value, scale);
    }

    private String limit(BigDecimal value, String unit) {
        return phrases.quantity(value, Math.max(0, value.stripTrailingZeros().scale()), null, unit);
    }

    private static String bound(Reading reading) {
        return switch (reading.comparator()) {
            case "<" -> "below";
            case "<=" -> "atMost";
            case ">=" -> "atLeast";
            default -> "above";
        };
    }
}
