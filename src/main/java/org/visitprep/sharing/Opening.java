package org.visitprep.sharing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import org.visitprep.visit.Problem;

/** What came of a clinician's request to open a shared summary; each attempt is in the patient's access log. */
public sealed interface Opening permits Opening.Opened, Opening.NoLongerShared, Opening.NotYours {

    /** The summary, frozen as the patient approved it. */
    record Opened(SharedSummary summary) implements Opening {}

    /**
     * It was shared with the viewer, and is no longer: the patient stopped sharing, or the sharing ended.
     *
     * @param since when it stopped
     */
    record NoLongerShared(Openability reason, Instant since) implements Opening {

        public NoLongerShared {
            if (reason != Openability.REVOKED && reason != Openability.EXPIRED) {
                throw new IllegalArgumentException("No longer shared means revoked or expired");
            }
            Objects.requireNonNull(since, "since");
        }

        /** The message for the "no longer shared" page, with the date in the viewer's zone. */
        public String message(Locale locale, ZoneId zone) {
            String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale)
                    .format(since.atZone(zone));
            SharingProblem problem =
                    reason == Openability.REVOKED ? SharingProblem.SHARE_REVOKED : SharingProblem.SHARE_EXPIRED;
            return Problem.of(problem, date).message(locale);
        }
    }

    /** It was never shared with the viewer, nor with an organization they act for (or there is no such grant). */
    record NotYours() implements Opening {

        public String message(Locale locale) {
            return Problem.of(SharingProblem.NOT_YOURS).message(locale);
        }
    }
}
