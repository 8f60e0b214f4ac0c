package org.visitprep.summary.grounded;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.visitprep.summary.draft.Audience;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.TimeBeforeVisit;
import org.visitprep.summary.wording.Dates;
import org.visitprep.summary.wording.Languages;
import org.visitprep.summary.wording.Numbers;
import org.visitprep.summary.wording.Units;

/**
 * The grounded engine's phrases in one language for one audience, and the values written as that language writes
 * them. The patient's phrases ({@code Sentences}) address them as "you"; the clinician's ({@code ClinicianSentences})
 * hold only the phrases that differ, in the third person, and take every other phrase from the patient's.
 */
final class Phrasebook {

    private static final String PATIENT_BUNDLE = "org.visitprep.summary.grounded.Sentences";
    private static final String CLINICIAN_BUNDLE = "org.visitprep.summary.grounded.ClinicianSentences";

    private final Locale locale;
    private final ResourceBundle phrases;
    private final ResourceBundle ownPhrases;

    Phrasebook(Locale locale, Audience audience) {
        this.locale = Languages.summaryLocale(locale);
        this.phrases = bundle(PATIENT_BUNDLE, this.locale);
        this.ownPhrases = audience == Audience.CLINICIAN ? bundle(CLINICIAN_BUNDLE, this.locale) : phrases;
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(
                name, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private String pattern(String key) {
        return ownPhrases.containsKey(key) ? ownPhrases.getString(key) : phrases.getString(key);
    }

    Locale locale() {
        return locale;
    }

    String phrase(String key, Object... arguments) {
        return new MessageFormat(pattern(key), locale).format(arguments);
    }

    /** The phrase if the bundle has it, else {@code otherwise}: for codes the record may carry (a status). */
    String phraseOr(String key, String otherwise) {
        try {
            return pattern(key);
        } catch (MissingResourceException unknown) {
            return otherwise;
        }
    }

    String date(LocalDate date) {
        return Dates.write(date, locale);
    }

    /**
     * A date a fact states, with its age at the visit when it lies before the summary's window: "12 March 2023 (3
     * years before this visit)", « 12 mars 2023 (3 ans avant cette consultation) ».
     */
    String date(Fact fact, LocalDate date) {
        String written = date(date);
        for (TimeBeforeVisit age : fact.beforeWindow()) {
            if (age.date().equals(date)) {
                return phrase("date.beforeVisit", written, phrase("age." + age.unit(), age.amount()));
            }
        }
        return written;
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
