package org.visitprep.costs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One service of a bill with the amounts its source states; an amount the source does not state is null, never zero.
 *
 * @param entryId the stored Claim or ExplanationOfBenefit the line comes from (what its sources button opens)
 * @param bill the bill's position in its period, so lines of one bill (an episode) stay together
 * @param date the date of the bill (its billable period's start, else its creation), else the service's
 * @param category the kind of care
 * @param service what the source names the service, for the page's lists
 * @param currency the ISO 4217 code, or "" when the source names none
 * @param billed submitted charge
 * @param allowed eligible (allowed) amount
 * @param paidByInsurance what the payer paid (to the provider or to the patient)
 * @param deductible the patient's deductible
 * @param copay the patient's copay
 * @param coinsurance the patient's coinsurance
 * @param notCovered what the plan did not cover
 * @param patientPaidOther what the patient paid when the source gives only the whole (paid by patient, member liability)
 * @param network in or out of network when the source says, else null
 * @param fromClaim whether the line comes from a Claim (billed only) rather than an explanation of benefit
 */
public record PricedLine(
        UUID entryId,
        int bill,
        LocalDate date,
        CareCategory category,
        String service,
        String currency,
        BigDecimal billed,
        BigDecimal allowed,
        BigDecimal paidByInsurance,
        BigDecimal deductible,
        BigDecimal copay,
        BigDecimal coinsurance,
        BigDecimal notCovered,
        BigDecimal patientPaidOther,
        Network network,
        boolean fromClaim) {

    public PricedLine {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(currency, "currency");
        service = service == null ? "" : service;
    }

    /** What the patient paid, as the sum of the parts the source states, or null when it states none. */
    public BigDecimal patientShare() {
        BigDecimal share = null;
        for (BigDecimal part : new BigDecimal[] {deductible, copay, coinsurance, notCovered}) {
            if (part != null) {
                share = share == null ? part : share.add(part);
            }
        }
        return share != null ? share : patientPaidOther;
    }

    /** The amount the plan comparison prices: the allowed amount, or the billed amount when no allowed is given. */
    public BigDecimal pricedAmount() {
        return allowed != null ? allowed : billed;
    }

    /** Whether the source states any amount at all for this line. */
    public boolean hasAnyAmount() {
        return billed != null || allowed != null || paidByInsurance != null || patientShare() != null;
    }
}
