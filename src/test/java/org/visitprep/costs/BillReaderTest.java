package org.visitprep.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.visitprep.record.EntryKind;
import org.visitprep.record.EntryOriginal;

/** Explanations of benefit as Synthea writes them (Blue Button codes) and as CARIN payers do, and bad input. */
class BillReaderTest {

    private static final String BB = "https://bluebutton.cms.gov/resources/codesystem/adjudication";
    private static final String CARIN = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication";

    private static EntryOriginal eob(String json) {
        return new EntryOriginal(
                UUID.randomUUID(), EntryKind.EXPLANATION_OF_BENEFIT, Instant.parse("2025-03-01T00:00:00Z"), json);
    }

    private static String adjudication(String system, String code, String value, String currency) {
        return """
                {"category":{"coding":[{"system":"%s","code":"%s"}]},"amount":{"value":%s,"currency":"%s"}}""".formatted(system, code, value, currency);
    }

    /** Synthea's shape: the visit line unadjudicated, a lab line with Blue Button amounts, a submitted total. */
    static final String SYNTHEA = """
            {"resourceType":"ExplanationOfBenefit","id":"e1","type":{"coding":[{"code":"professional"}]},
             "billablePeriod":{"start":"2025-03-01T10:00:00+00:00"},"claim":{"reference":"urn:uuid:c1"},
             "item":[
              {"sequence":1,"productOrService":{"coding":[{"system":"http://snomed.info/sct","code":"185347001"}],
               "text":"Encounter for problem"},"servicedPeriod":{"start":"2025-03-01T10:00:00+00:00"}},
              {"sequence":2,"productOrService":{"coding":[{"system":"http://loinc.org","code":"58410-2"}],
               "text":"CBC panel"},"servicedPeriod":{"start":"2025-03-01T10:00:00+00:00"},
               "net":{"value":80,"currency":"USD"},
               "adjudication":[%s,%s,%s,%s,%s]}],
             "total":[{"category":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/adjudication",
               "code":"submitted"}]},"amount":{"value":205,"currency":"USD"}}]}""".formatted(
            adjudication(BB, "https://bluebutton.cms.gov/resources/variables/line_sbmtd_chrg_amt", "80", "USD"),
            adjudication(BB, "https://bluebutton.cms.gov/resources/variables/line_alowd_chrg_amt", "80", "USD"),
            adjudication(BB, "https://bluebutton.cms.gov/resources/variables/line_prvdr_pmt_amt", "64", "USD"),
            adjudication(BB, "https://bluebutton.cms.gov/resources/variables/line_coinsrnc_amt", "16", "USD"),
            adjudication(BB, "https://bluebutton.cms.gov/resources/variables/line_bene_ptb_ddctbl_amt", "0", "USD"));

    @Test
    void readsSyntheaBlueButtonAmountsAndKeepsTheUnitemisedRest() {
        var bills = BillReader.read(List.of(eob(SYNTHEA)));
        assertEquals(2, bills.lines().size(), bills.lines().toString());
        PricedLine lab = bills.lines().getFirst();
        assertEquals(CareCategory.LAB, lab.category());
        assertEquals(new BigDecimal("80"), lab.billed());
        assertEquals(new BigDecimal("64"), lab.paidByInsurance());
        assertEquals(new BigDecimal("16"), lab.patientShare());
        // 205 submitted - 80 itemised = 125 billed for the visit itself, with nothing adjudicated: listed as missing.
        PricedLine visit = bills.lines().get(1);
        assertEquals(CareCategory.OFFICE_VISIT, visit.category());
        assertEquals(new BigDecimal("125"), visit.billed());
        assertNull(visit.allowed());
        assertEquals(
                List.of(BillProblem.Reason.MISSING_AMOUNTS),
                bills.problems().stream().map(BillProblem::reason).toList());
    }

    @Test
    void readsCarinAdjudicationByCategoryAndNetworkStatus() {
        String carin = """
                {"resourceType":"ExplanationOfBenefit","type":{"coding":[{"code":"institutional"}]},
                 "subType":{"coding":[{"code":"inpatient"}]},"billablePeriod":{"start":"2025-04-02"},
                 "item":[{"sequence":1,"productOrService":{"coding":[{"code":"0120"}],"text":"Room and board"},
                  "servicedDate":"2025-04-02","adjudication":[%s,%s,%s,%s,%s,%s,
                  {"category":{"coding":[{"system":"http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudicationDiscriminator",
                   "code":"benefitpaymentstatus"}]},"reason":{"coding":[{"code":"outofnetwork"}]}}]}]}""".formatted(
                        adjudication(CARIN, "submitted", "5000", "USD"),
                        adjudication(CARIN, "eligible", "3000", "USD"),
                        adjudication(CARIN, "paidtoprovider", "2000", "USD"),
                        adjudication(CARIN, "deductible", "500", "USD"),
                        adjudication(CARIN, "coinsurance", "450", "USD"),
                        adjudication(CARIN, "copay", "50", "USD"));
        var bills = BillReader.read(List.of(eob(carin)));
        assertEquals(List.of(), bills.problems());
        PricedLine stay = bills.lines().getFirst();
        assertEquals(CareCategory.INPATIENT, stay.category());
        assertEquals(new BigDecimal("3000"), stay.allowed());
        assertEquals(new BigDecimal("1000"), stay.patientShare());
        assertEquals(Network.OUT_OF_NETWORK, stay.network());
    }

    @Test
    void aClaimCountsOnlyWhereNoExplanationExplainsIt() {
        String explained = """
                {"resourceType":"Claim","id":"c1","type":{"coding":[{"code":"professional"}]},
                 "billablePeriod":{"start":"2025-03-01"},"item":[{"sequence":1,"productOrService":{"text":"CBC panel",
                 "coding":[{"system":"http://loinc.org","code":"58410-2"}]},"net":{"value":80,"currency":"USD"}}],
                 "total":{"value":80,"currency":"USD"}}""";
        String alone = explained.replace("\"c1\"", "\"c2\"").replace("2025-03-01", "2025-05-01");
        var bills = BillReader.read(List.of(
                eob(SYNTHEA),
                new EntryOriginal(UUID.randomUUID(), EntryKind.CLAIM, null, explained),
                new EntryOriginal(UUID.randomUUID(), EntryKind.CLAIM, null, alone)));
        assertEquals(1, bills.claimsUsed());
        PricedLine fromClaim = bills.lines().getLast();
        assertTrue(fromClaim.fromClaim());
        assertEquals(new BigDecimal("80"), fromClaim.billed());
        assertEquals("2025-05-01", fromClaim.date().toString());
    }

    @Test
    void badInputIsCountedNeverDropped() {
        String bad = """
                {"resourceType":"ExplanationOfBenefit","billablePeriod":{"start":"2025-06-01"},"item":[
                 {"sequence":1,"productOrService":{"text":"Xyzzy"},"adjudication":[%s]},
                 {"sequence":2,"productOrService":{"text":"CBC panel","coding":[{"system":"http://loinc.org"}]},
                  "adjudication":[%s,%s]},
                 {"sequence":3,"productOrService":{"text":"Basic metabolic panel","coding":[{"system":"http://loinc.org"}]},
                  "adjudication":[%s,%s]}]}""".formatted(
                        adjudication(CARIN, "eligible", "10", "EUR"),
                        adjudication(CARIN, "submitted", "10", "USD"),
                        adjudication(CARIN, "eligible", "90", "USD"),
                        adjudication(CARIN, "submitted", "10", "USD"),
                        adjudication(CARIN, "eligible", "10", "EUR"));
        var bills = BillReader.read(List.of(eob(bad), eob("{not json"), eob("""
                {"resourceType":"ExplanationOfBenefit","billablePeriod":{"start":"2025-07-01"},"item":[]}""")));
        var reasons = bills.problems().stream().map(BillProblem::reason).toList();
        assertTrue(reasons.contains(BillProblem.Reason.UNKNOWN_CATEGORY), reasons.toString());
        assertTrue(reasons.contains(BillProblem.Reason.CONTRADICTORY_AMOUNTS), reasons.toString());
        assertTrue(reasons.contains(BillProblem.Reason.MIXED_CURRENCY_LINE), reasons.toString());
        assertTrue(reasons.contains(BillProblem.Reason.UNREADABLE), reasons.toString());
        assertTrue(reasons.contains(BillProblem.Reason.MISSING_AMOUNTS), reasons.toString());
        // The unknown line is kept, under Other, in its own currency: never added to dollars.
        assertEquals(1, bills.lines().size());
        assertEquals(CareCategory.OTHER, bills.lines().getFirst().category());
        CareYear year = CareYear.of(CarePeriod.calendarYear(2025), bills);
        assertEquals(List.of("EUR"), year.currencies());
    }

    @Test
    void currenciesAreKeptApart() {
        String euros = SYNTHEA.replace("USD", "EUR");
        var year = CareYear.of(
                CarePeriod.calendarYear(2025), BillReader.read(List.of(eob(SYNTHEA), eob(euros), eob(SYNTHEA))));
        assertEquals(List.of("USD", "EUR"), year.currencies());
        assertEquals(new BigDecimal("410"), year.total("USD").billed());
        assertEquals(new BigDecimal("205"), year.total("EUR").billed());
    }
}
