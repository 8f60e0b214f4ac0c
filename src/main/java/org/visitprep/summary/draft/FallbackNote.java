package org.visitprep.summary.draft;

import java.util.Locale;
import java.util.Objects;

/**
 * Why the grounded engine wrote a summary the language model was asked for: a short note in the summary's language
 * for the patient. The detail (refused sentences, findings) stays in the sealed {@link DraftingRecord}.
 *
 * @param message the note in the summary's language
 */
public record FallbackNote(FallbackReason reason, String message) {

    public FallbackNote {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    public static FallbackNote of(FallbackReason reason, Locale locale) {
        return new FallbackNote(reason, Notes.text(reason.messageKey(), locale));
    }
}
