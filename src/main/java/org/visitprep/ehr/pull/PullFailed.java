package org.visitprep.ehr.pull;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.EhrProblem;

/**
 * Nothing was pulled, and why, for the patient. {@link EhrProblem#RECONNECT_NEEDED} asks them to connect again.
 *
 * @param arguments what the message names (the EHR's name, an HTTP status); never a token or health data
 */
public record PullFailed(EhrProblem reason, List<String> arguments) implements PullOutcome {

    public PullFailed {
        Objects.requireNonNull(reason, "reason");
        arguments = List.copyOf(arguments);
    }

    static PullFailed of(EhrFailure failure) {
        return new PullFailed(failure.problem(), failure.arguments());
    }

    static PullFailed of(EhrProblem reason, String... arguments) {
        return new PullFailed(reason, List.of(arguments));
    }

    /** The message in French for a French locale, in English otherwise. */
    public String message(Locale locale) {
        return reason.message(locale, arguments);
    }
}
