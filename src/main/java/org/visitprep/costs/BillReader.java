package org.visitprep.costs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.visitprep.record.EntryKind;
import org.visitprep.record.EntryOriginal;

/**
 * Reads Claims and ExplanationOfBenefit resources into priced lines by category. Each resource is parsed once (a
 * JSON tree, not HAPI's model). An explanation of benefit states what was adjudicated; a Claim counts only where no
 * explanation of benefit of the period points at it, and then gives billed amounts only.
 *
 * <p>Adjudication categories read (by code, in any of these systems):
 * <ul>
 *   <li>base FHIR {@code http://terminology.hl7.org/CodeSystem/adjudication}: submitted, eligible, benefit, deductible,
 *       copay;</li>
 *   <li>CARIN Blue Button {@code http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication}: submitted, eligible,
 *       paidtoprovider, paidtopatient, deductible, copay, coinsurance, noncovered, paidbypatient, memberliability; and
 *       the network status ({@code C4BBAdjudicationDiscriminator} benefitpaymentstatus with
 *       {@code C4BBPayerAdjudicationStatus} innetwork / outofnetwork);</li>
 *   <li>CMS Blue Button 2.0 {@code https://bluebutton.cms.gov/resources/codesystem/adjudication} (as Synthea writes
 *       it): line_sbmtd_chrg_amt, line_alowd_chrg_amt, line_prvdr_pmt_amt, line_bene_pmt_amt, line_nch_pmt_amt,
 *       line_bene_ptb_ddctbl_amt, line_coinsrnc_amt.</li>
 * </ul>
 */
public final class BillReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    /** What the resources of a period read as. */
    public record Bills(
            List<PricedLine> lines, List<BillProblem> problems, int explanations, int claims, int claimsUsed) {}

    private BillReader() {}

    /** Reads the bills of a period: explanations of benefit first, then the Claims none of them explains. */
    public static Bills read(List<EntryOriginal> originals) {
        List<PricedLine> lines = new ArrayList<>();
        List<BillProblem> problems = new ArrayList<>();
        List<Parsed> claims = new ArrayList<>();
        Set<String> explainedClaims = new HashSet<>();
        int explanations = 0;
        int bill = 0;
        for (EntryOriginal original : originals) {
            JsonNode resource;
            try {
                resource = JSON.readTree(original.json());
            } catch (JsonProcessingException e) {
                problems.add(new BillProblem(
                        original.entryId(), dayOf(original.effectiveStart()), BillProblem.Reason.UNREADABLE, ""));
                continue;
            }
            if (original.kind() == EntryKind.EXPLANATION_OF_BENEFIT) {
                explanations++;
                String claim = resource.path("claim").path("reference").asText("");
                if (!claim.isEmpty()) {
                    explainedClaims.add(lastSegment(claim));
                }
                readBill(original, resource, bill++, false, lines, problems);
            } else if (original.kind() == EntryKind.CLAIM) {
                claims.add(new Parsed(original, resource));
            }
        }
        int claimsUsed = 0;
        for (Parsed claim : claims) {
            String id = claim.resource().path("id").asText("");
            if (!id.isEmpty() && explainedClaims.contains(id)) {
                continue;
            }
            claimsUsed++;
            readBill(claim.original(), claim.resource(), bill++, true, lines, problems);
        }
        return new Bills(List.copyOf(lines), List.copyOf(problems), explanations, claims.size(), claimsUsed);
    }

    private record Parsed(EntryOriginal original, JsonNode resource) {}

    private static void readBill(
            EntryOriginal original,
            JsonNode bill,
            int billNumber,
            boolean fromClaim,
            List<PricedLine> lines,
            List<BillProblem> problems) {
        LocalDate billDate = firstDate(
                bill.path("billablePeriod").path("start"), bill.path("created"), null, original.effectiveStart());
        boolean pharmacy = hasCode(bill.path("type"), "pharmacy");
        boolean inpatient = hasCode(bill.path("subType"), "inpatient") || hasCode(bill.path("type"), "inpatient");
        String billCurrency = currencyOfTotal(bill, fromClaim);
        CareCategory billCategory = null;
        BigDecimal itemisedBilled = BigDecimal.ZERO;
        boolean anyLine = false;
        boolean missing = false;
        for (JsonNode item : bill.path("item")) {
            String service = serviceText(item);
            CareCategory placed = categoryOf(item, pharmacy, inpatient);
            if (billCategory == null && placed != null) {
                billCategory = placed;
            }
            Amounts amounts = fromClaim ? claimAmounts(item) : adjudicated(item);
            if (amounts.isEmpty()) {
                continue;
            }
            anyLine = true;
            // A line counts in the period of its bill (the period its entry is found by): Synthea, for one, bills
            // in one year services it dates years before, which would otherwise fall in no period at all.
            LocalDate date = billDate != null
                    ? billDate
                    : firstDate(
                            item.path("servicedDate"),
                            item.path("servicedPeriod").path("start"),
                            null,
                            null);
            if (date == null) {
                problems.add(new BillProblem(original.entryId(), null, BillProblem.Reason.MISSING_AMOUNTS, service));
                continue;
            }
            if (amounts.currencies.size() > 1) {
                problems.add(
                        new BillProblem(original.entryId(), date, BillProblem.Reason.MIXED_CURRENCY_LINE, service));
                continue;
            }
            CareCategory category = placed;
            if (category == null) {
                category = CareCategory.OTHER;
                problems.add(new BillProblem(original.entryId(), date, BillProblem.Reason.UNKNOWN_CATEGORY, service));
            }
            String currency = amounts.currencies.isEmpty()
                    ? billCurrency
                    : amounts.currencies.iterator().next();
            PricedLine line =
                    amounts.line(original.entryId(), billNumber, date, category, service, currency, fromClaim);
            if (isContradictory(line)) {
                problems.add(
                        new BillProblem(original.entryId(), date, BillProblem.Reason.CONTRADICTORY_AMOUNTS, service));
                continue;
            }
            if (!fromClaim
                    && line.billed() != null
                    && (line.allowed() == null || line.paidByInsurance() == null)
                    && line.patientShare() == null) {
                missing = true;
            }
            if (line.billed() != null) {
                itemisedBilled = itemisedBilled.add(line.billed());
            }
            lines.add(line);
        }
        // What the bill's total says was billed beyond its itemised lines (Synthea leaves the visit's own line
        // unadjudicated): kept as a billed-only line of the bill's first category, and the bill listed as missing.
        BigDecimal totalBilled = fromClaim ? amount(bill.path("total")) : submittedTotal(bill);
        if (totalBilled != null && totalBilled.subtract(itemisedBilled).compareTo(TOLERANCE) >= 0 && billDate != null) {
            CareCategory category = billCategory != null ? billCategory : CareCategory.OTHER;
            lines.add(new PricedLine(
                    original.entryId(),
                    billNumber,
                    billDate,
                    category,
                    "",
                    billCurrency,
                    totalBilled.subtract(itemisedBilled),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    fromClaim));
            anyLine = true;
            if (!fromClaim) {
                missing = true;
            }
        }
        if (!anyLine || missing) {
            problems.add(new BillProblem(original.entryId(), billDate, BillProblem.Reason.MISSING_AMOUNTS, ""));
        }
    }

    private static boolean isContradictory(PricedLine line) {
        if (line.billed() != null
                && line.allowed() != null
                && line.billed().signum() >= 0
                && line.allowed().subtract(line.billed()).compareTo(TOLERANCE) > 0) {
            return true;
        }
        if (line.allowed() != null && line.allowed().signum() >= 0) {
            BigDecimal paid = line.paidByInsurance() == null ? BigDecimal.ZERO : line.paidByInsurance();
            BigDecimal share = line.patientShare() == null ? BigDecimal.ZERO : line.patientShare();
            return paid.add(share).subtract(line.allowed()).compareTo(TOLERANCE) > 0;
        }
        return false;
    }

    /** The amounts of one line, as read; currencies collects every currency named. */
    private static final class Amounts {
        BigDecimal billed;
        BigDecimal allowed;
        BigDecimal paid;
        BigDecimal deductible;
        BigDecimal copay;
        BigDecimal coinsurance;
        BigDecimal notCovered;
        BigDecimal patientPaid;
        Network network;
        final Set<String> currencies = new HashSet<>();

        boolean isEmpty() {
            return billed == null
                    && allowed == null
                    && paid == null
                    && deductible == null
                    && copay == null
                    && coinsurance == null
                    && notCovered == null
                    && patientPaid == null;
        }

        PricedLine line(
                java.util.UUID entryId,
                int bill,
                LocalDate date,
                CareCategory category,
                String service,
                String currency,
                boolean fromClaim) {
            return new PricedLine(
                    entryId,
                    bill,
                    date,
                    category,
                    service,
                    currency,
                    billed,
                    allowed,
                    paid,
                    deductible,
                    copay,
                    coinsurance,
                    notCovered,
                    patientPaid,
                    network,
                    fromClaim);
        }

        static BigDecimal plus(BigDecimal sum, BigDecimal value) {
            return sum == null ? value : sum.add(value);
        }
    }

    private static Amounts claimAmounts(JsonNode item) {
        Amounts amounts = new Amounts();
        JsonNode net = item.path("net");
        if (net.has("value")) {
            amounts.billed = net.path("value").decimalValue();
            currencyOf(net, amounts);
        }
        return amounts;
    }

    private static Amounts adjudicated(JsonNode item) {
        Amounts amounts = new Amounts();
        for (JsonNode adjudication : item.path("adjudication")) {
            JsonNode category = adjudication.path("category");
            String code = adjudicationCode(category);
            if (code.equals("benefitpaymentstatus")) {
                JsonNode reason = adjudication.path("reason");
                if (hasCode(reason, "innetwork")) {
                    amounts.network = Network.IN_NETWORK;
                } else if (hasCode(reason, "outofnetwork")) {
                    amounts.network = Network.OUT_OF_NETWORK;
                }
                continue;
            }
            JsonNode money = adjudication.path("amount");
            if (!money.has("value")) {
                continue;
            }
            BigDecimal value = money.path("value").decimalValue();
            boolean known = true;
            switch (code) {
                case "submitted", "line_sbmtd_chrg_amt" -> amounts.billed = Amounts.plus(amounts.billed, value);
                case "eligible", "line_alowd_chrg_amt" -> amounts.allowed = Amounts.plus(amounts.allowed, value);
                case "benefit", "paidtoprovider", "paidtopatient", "line_prvdr_pmt_amt", "line_bene_pmt_amt" ->
                    amounts.paid = Amounts.plus(amounts.paid, value);
                case "deductible", "line_bene_ptb_ddctbl_amt" ->
                    amounts.deductible = Amounts.plus(amounts.deductible, value);
                case "copay" -> amounts.copay = Amounts.plus(amounts.copay, value);
                case "coinsurance", "line_coinsrnc_amt" ->
                    amounts.coinsurance = Amounts.plus(amounts.coinsurance, value);
                case "noncovered" -> amounts.notCovered = Amounts.plus(amounts.notCovered, value);
                case "paidbypatient", "memberliability" ->
                    amounts.patientPaid = amounts.patientPaid == null ? value : amounts.patientPaid.max(value);
                default -> known = false;
            }
            if (known) {
                currencyOf(money, amounts);
            }
        }
        if (amounts.billed == null && item.path("net").has("value")) {
            amounts.billed = item.path("net").path("value").decimalValue();
            currencyOf(item.path("net"), amounts);
        }
        return amounts;
    }

    private static void currencyOf(JsonNode money, Amounts amounts) {
        String currency = money.path("currency").asText("");
        if (!currency.isEmpty()) {
            amounts.currencies.add(currency.toUpperCase(Locale.ROOT));
        }
    }

    /** The code of an adjudication category, whatever its system; Blue Button writes a URL whose tail is the code. */
    private static String adjudicationCode(JsonNode concept) {
        for (JsonNode coding : concept.path("coding")) {
            String code = coding.path("code").asText("");
            if (!code.isEmpty()) {
                return lastSegment(code).toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static BigDecimal submittedTotal(JsonNode bill) {
        for (JsonNode total : bill.path("total")) {
            if ("submitted".equals(adjudicationCode(total.path("category")))
                    && total.path("amount").has("value")) {
                return total.path("amount").path("value").decimalValue();
            }
        }
        return null;
    }

    private static BigDecimal amount(JsonNode money) {
        return money.has("value") ? money.path("value").decimalValue() : null;
    }

    private static String currencyOfTotal(JsonNode bill, boolean fromClaim) {
        JsonNode total =
                fromClaim ? bill.path("total") : bill.path("total").path(0).path("amount");
        String currency = total.path("currency").asText("");
        return currency.toUpperCase(Locale.ROOT);
    }

    private static boolean hasCode(JsonNode concept, String code) {
        for (JsonNode coding : concept.path("coding")) {
            if (code.equalsIgnoreCase(coding.path("code").asText(""))) {
                return true;
            }
        }
        return false;
    }

    private static String serviceText(JsonNode item) {
        JsonNode product = item.path("productOrService");
        String text = product.path("text").asText("");
        if (text.isEmpty()) {
            text = product.path("coding").path(0).path("display").asText("");
        }
        if (text.isEmpty()) {
            text = product.path("coding").path(0).path("code").asText("");
        }
        return text;
    }

    /**
     * The category of a line: the bill's type first (pharmacy, inpatient), then the code system of the service (CVX
     * vaccines are preventive, RxNorm medicines, LOINC labs), the CMS type of service, then words of its name.
     * Null when nothing places it.
     */
    static CareCategory categoryOf(JsonNode item, boolean pharmacy, boolean inpatient) {
        if (pharmacy) {
            return CareCategory.MEDICINE;
        }
        JsonNode product = item.path("productOrService");
        for (JsonNode coding : product.path("coding")) {
            String system = coding.path("system").asText("");
            if (system.endsWith("/cvx")) {
                return CareCategory.PREVENTIVE;
            }
            if (system.endsWith("/rxnorm") || system.endsWith("/ndc")) {
                return CareCategory.MEDICINE;
            }
            if (system.equals("http://loinc.org")) {
                return CareCategory.LAB;
            }
        }
        String words = (serviceText(item) + " "
                        + product.path("coding").path(0).path("display").asText(""))
                .toLowerCase(Locale.ROOT);
        CareCategory byWords = byWords(words);
        if (byWords != null) {
            return byWords;
        }
        if (inpatient) {
            return CareCategory.INPATIENT;
        }
        for (JsonNode coding : item.path("category").path("coding")) {
            if (coding.path("system").asText("").endsWith("line_cms_type_srvc_cd")) {
                switch (coding.path("code").asText("")) {
                    case "2", "6", "7", "8" -> {
                        return CareCategory.PROCEDURE;
                    }
                    case "3" -> {
                        return CareCategory.SPECIALIST_VISIT;
                    }
                    case "4" -> {
                        return CareCategory.IMAGING;
                    }
                    case "5" -> {
                        return CareCategory.LAB;
                    }
                    default -> {}
                }
            }
        }
        // Supplies and substances used in the care are billed with the procedure they serve.
        if (containsAny(words, "(procedure)", "(physical object)", "(substance)", "(regime/therapy)")) {
            return CareCategory.PROCEDURE;
        }
        return null;
    }

    private static CareCategory byWords(String words) {
        if (containsAny(
                words,
                "check up",
                "check-up",
                "well child",
                "wellness",
                "screening",
                "immunization",
                "vaccin",
                "preventive")) {
            return CareCategory.PREVENTIVE;
        }
        if (containsAny(words, "emergency", "urgent care")) {
            return CareCategory.EMERGENCY;
        }
        if (containsAny(words, "inpatient", "hospital admission", "admission to", "hospitalization")) {
            return CareCategory.INPATIENT;
        }
        if (containsAny(words, "consultation", "specialist", "referral")) {
            return CareCategory.SPECIALIST_VISIT;
        }
        if (containsAny(
                words,
                "x-ray",
                "radiograph",
                "imaging",
                "computed tomography",
                "ct scan",
                "magnetic resonance",
                "mri",
                "ultrasound",
                "ultrasonography",
                "mammogra")) {
            return CareCategory.IMAGING;
        }
        if (containsAny(words, "laboratory", "lab test", "blood test", "panel", "measurement of")) {
            return CareCategory.LAB;
        }
        if (containsAny(words, "encounter for", "office visit", "general examination", "follow-up", "visit")) {
            return CareCategory.OFFICE_VISIT;
        }
        return null;
    }

    private static boolean containsAny(String words, String... needles) {
        for (String needle : needles) {
            if (words.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate firstDate(JsonNode first, JsonNode second, JsonNode third, Instant fallback) {
        for (JsonNode node : new JsonNode[] {first, second, third}) {
            if (node != null && node.isTextual()) {
                LocalDate date = dateOf(node.asText());
                if (date != null) {
                    return date;
                }
            }
        }
        return dayOf(fallback);
    }

    private static LocalDate dateOf(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text);
            }
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate dayOf(Instant instant) {
        return instant == null ? null : instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String lastSegment(String reference) {
        int cut = Math.max(reference.lastIndexOf('/'), reference.lastIndexOf(':'));
        return cut < 0 ? reference : reference.substring(cut + 1);
    }
}
