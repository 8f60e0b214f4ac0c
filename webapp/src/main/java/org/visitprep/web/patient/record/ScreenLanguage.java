package org.visitprep.web.patient.record;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.visitprep.summary.wording.Numbers;

/**
 * The language the record screens speak to one person: their words (the {@code recordMsg} bundle) and how dates
 * and numbers are written, for the texts the beans assemble (rows, chart labels, summaries).
 */
final class ScreenLanguage {

    static final String BUNDLE = "org.visitprep.web.patient.record.messages";

    /** Unambiguous in both languages: 8 Oct 1984, 8 oct. 1984. */
    private static final String DATE = "d MMM uuuu";

    private final Locale locale;
    private final ResourceBundle words;

    ScreenLanguage(Locale locale) {
        this.locale = locale;
        this.words = ResourceBundle.getBundle(BUNDLE, locale);
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = words.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("The record screens have no words for " + key, e);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * The name of a code in the person's language, e.g. {@code status.active}; the code itself when the screens have
     * no word for it (a source may use codes of its own).
     */
    String nameOf(String prefix, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String key = prefix + "." + code;
        return words.containsKey(key) ? words.getString(key) : code;
    }

    /** A date as the person's language writes it, day first and the month in letters: "12 Mar 2026". */
    String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(DATE, locale).format(date);
    }

    /** A day and time in UTC, said to be UTC. */
    String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        String written = DateTimeFormatter.ofPattern(DATE + ", HH:mm", locale).format(instant.atZone(ZoneOffset.UTC));
        return text("time.utc", written);
    }

    /**
     * A measured number as the visit summary writes it too: decimals for reading (none from 100, one from 10, two
     * below), never more than recorded, grouped and punctuated as the language does.
     */
    String number(BigDecimal value) {
        return value == null ? "" : number(value, Numbers.displayScale(value));
    }

    /** A number rounded half up to the given decimals. */
    String number(BigDecimal value, int decimals) {
        return Numbers.write(value, decimals, locale);
    }
}
