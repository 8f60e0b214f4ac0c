package org.visitprep.costs;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A bill, or a line of one, whose amounts cannot be read as they are: counted and listed on the page, never dropped
 * in silence.
 *
 * @param entryId the stored Claim or ExplanationOfBenefit
 * @param date the bill's date, or null when it gives none
 * @param reason what is wrong
 * @param service the service concerned, or "" for the whole bill
 */
public record BillProblem(UUID entryId, LocalDate date, Reason reason, String service) {

    public enum Reason {
        /** Nothing, or only part, of the bill carries an amount (e.g. billed only, nothing adjudicated). */
        MISSING_AMOUNTS,
        /** The amounts disagree (allowed above billed, paid plus the patient's share above allowed): left out of totals. */
        CONTRADICTORY_AMOUNTS,
        /** One line names amounts in two currencies: left out of totals. */
        MIXED_CURRENCY_LINE,
        /** No rule places the service in a category: counted under Other. */
        UNKNOWN_CATEGORY,
        /** The resource could not be read as a Claim or ExplanationOfBenefit. */
        UNREADABLE
    }

    public BillProblem {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(reason, "reason");
        service = service == null ? "" : service;
    }
}
