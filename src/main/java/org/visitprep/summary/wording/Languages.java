package org.visitprep.summary.wording;

import java.util.Locale;

/** The two languages summaries are written in: French for any French locale, English for every other. */
public final class Languages {

    private Languages() {}

    public static boolean isFrench(Locale locale) {
        return locale != null && Locale.FRENCH.getLanguage().equals(locale.getLanguage());
    }

    /** The locale a summary is written in for a patient's locale: {@link Locale#FRENCH} or {@link Locale#ENGLISH}. */
    public static Locale summaryLocale(Locale patientLocale) {
        return isFrench(patientLocale) ? Locale.FRENCH : Locale.ENGLISH;
    }
}
