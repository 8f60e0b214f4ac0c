package org.visitprep.lab;

import java.util.Locale;
import java.util.Objects;

/** A short text written in English and in French; any other language gets the English text. */
public record LocalizedText(String english, String french) {

    public LocalizedText {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(french, "french");
    }

    /** The text in the language of {@code locale}: French for any French locale, English otherwise. */
    public String in(Locale locale) {
        boolean wantsFrench = locale != null && Locale.FRENCH.getLanguage().equals(locale.getLanguage());
        return wantsFrench && !french.isBlank() ? french : english;
    }
}
