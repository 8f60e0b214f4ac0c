package org.visitprep.summary.draft;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a sentence.
 *
 * @param detail what exactly: the id, number, date or rule concerned
 */
public record Finding(FindingKind kind, String detail) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    public String message(Locale locale) {
        return Notes.text(kind.messageKey(), locale, detail);
    }
}
