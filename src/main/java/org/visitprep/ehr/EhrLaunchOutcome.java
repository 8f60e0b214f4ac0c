package org.visitprep.ehr;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** What a completed EHR launch comes to in the portal: a clinician in the EHR's context, or a refusal and why. */
public sealed interface EhrLaunchOutcome permits ClinicianInContext, EhrLaunchOutcome.Refused {

    /** No one is signed in; nothing was stored. */
    record Refused(EhrProblem reason, List<String> arguments) implements EhrLaunchOutcome {

        public Refused {
            Objects.requireNonNull(reason, "reason");
            arguments = List.copyOf(arguments);
        }

        public String message(Locale locale) {
            return reason.message(locale, arguments);
        }
    }
}
