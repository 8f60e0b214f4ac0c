package org.visitprep.summary.grounded;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.visitprep.summary.wording.Dates;
import org.visitprep.summary.wording.Languages;
import org.visitprep.summary.wording.Numbers;
import org.visitprep.summary.wording.Units;

/** The grounded engine's phrases in one language, and the values written as that language writes them. */
final class Phrasebook {

    private static final String BUNDLE = "org.visitprep.summary.grounded.Sentences";

    private final Locale locale;
    private final ResourceBundle phrases;

    Phrasebook(Locale locale) {
        this.locale = Languages.summaryLocale(locale);
        this.phrases = ResourceBundle.getBundle(
                BUNDLE,
                this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String phrase(String key, Object... arguments) {
        return new MessageFormat(phrases.getString(key), locale).format(arguments);
    }

    /** The phrase if the bundle has it, else {@code otherwise}: for codes the record may carry (a status). */
    String phraseOr(String key, String otherwise) {
        try {
            return phrases.getString(key);
        } catch (MissingResourceException unknown) {
            return otherwise;
        }
    }

    String date(LocalDate date) {
        return Dates.write(date, locale);
    }

    String number(BigDecimal value, int scale) {
        return Numbers.write(value, scale, locale);
    }

    /** A value and its unit as shown ("6.9 %", "120 mmHg", "1.2" for a unitless value). */
    String quantity(BigDecimal value, int scale, String unit, String ucum) {
        String shown = Units.shown(unit, ucum, locale);
        return shown.isEmpty() ? number(value, scale) : number(value, scale) + " " + shown;
    }
}
