package org.visitprep.summary.draft;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.visitprep.summary.wording.Languages;

/** The texts of the notes a summary carries (fallbacks, verdicts, disclaimer), in English and French. */
public final class Notes {

    private static final String BUNDLE = "org.visitprep.summary.draft.Notes";

    private Notes() {}

    public static String text(String key, Locale locale, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                Languages.summaryLocale(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
