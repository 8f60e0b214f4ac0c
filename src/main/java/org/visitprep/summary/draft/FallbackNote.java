package org.visitprep.summary.draft;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why the grounded engine wrote a summary the language model was asked for, for a visible note.
 *
 * @param message the note in the summary's language
 * @param rejected the verdicts on the sentences the verifier rejected, when that was the reason
 */
public record FallbackNote(FallbackReason reason, String message, List<Verdict> rejected) {

    public FallbackNote {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        rejected = List.copyOf(rejected);
    }

    public static FallbackNote of(FallbackReason reason, Locale locale) {
        return of(reason, locale, List.of());
    }

    public static FallbackNote of(FallbackReason reason, Locale locale, List<Verdict> rejected) {
        return new FallbackNote(reason, Notes.text(reason.messageKey(), locale, rejected.size()), rejected);
    }
}
