package org.visitprep.ehr.smart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.EhrProblem;

/**
 * A launch that did not happen, and why, for the person at the browser: nothing was stored.
 *
 * @param arguments what the message names (the EHR's name, an OAuth error code); never a token or health data
 */
public record LaunchRefused(EhrProblem reason, List<String> arguments) implements LaunchStart, LaunchOutcome {

    public LaunchRefused {
        Objects.requireNonNull(reason, "reason");
        arguments = List.copyOf(arguments);
    }

    static LaunchRefused of(EhrProblem reason, String... arguments) {
        return new LaunchRefused(reason, List.of(arguments));
    }

    static LaunchRefused of(EhrFailure failure) {
        return new LaunchRefused(failure.problem(), failure.arguments());
    }

    /** The message in French for a French locale, in English otherwise. */
    public String message(Locale locale) {
        return reason.message(locale, arguments);
    }
}
