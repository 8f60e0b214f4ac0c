package org.visitprep.costs;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The care of one period, as priced lines and the bills that could not be read as they are, with the figures the
 * page shows. Amounts in different currencies are never added together: every figure is asked for one currency.
 */
public final class CareYear {

    private final CarePeriod period;
    private final List<PricedLine> lines;
    private final List<BillProblem> problems;
    private final int explanations;
    private final int claimsUsed;

    public CareYear(
            CarePeriod period, List<PricedLine> lines, List<BillProblem> problems, int explanations, int claimsUsed) {
        this.period = Objects.requireNonNull(period);
        this.lines = List.copyOf(lines);
        this.problems = List.copyOf(problems);
        this.explanations = explanations;
        this.claimsUsed = claimsUsed;
    }

    /** The lines of bills read for the period, keeping only the lines whose date falls in it. */
    public static CareYear of(CarePeriod period, BillReader.Bills bills) {
        List<PricedLine> inPeriod = bills.lines().stream()
                .filter(line -> period.contains(line.date()))
                .toList();
        Set<UUID> kept = new LinkedHashSet<>();
        inPeriod.forEach(line -> kept.add(line.entryId()));
        List<BillProblem> problems = bills.problems().stream()
                .filter(problem ->
                        kept.contains(problem.entryId()) || (problem.date() != null && period.contains(problem.date())))
                .toList();
        return new CareYear(period, inPeriod, problems, bills.explanations(), bills.claimsUsed());
    }

    public CarePeriod period() {
        return period;
    }

    public List<PricedLine> lines() {
        return lines;
    }

    public List<BillProblem> problems() {
        return problems;
    }

    /** How many explanations of benefit the period's search read. */
    public int explanations() {
        return explanations;
    }

    /** How many Claims counted because no explanation of benefit explains them (billed amounts only). */
    public int claimsWithoutExplanation() {
        return claimsUsed;
    }

    public boolean isEmpty() {
        return lines.isEmpty() && problems.isEmpty();
    }

    /** The currencies of the lines, the one with most lines first ("" stands for lines that name none). */
    public List<String> currencies() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        lines.forEach(line -> counts.merge(line.currency(), 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The currency most lines are in, or "" when there are none. */
    public String mainCurrency() {
        List<String> currencies = currencies();
        return currencies.isEmpty() ? "" : currencies.getFirst();
    }

    public List<PricedLine> linesIn(String currency) {
        return lines.stream().filter(line -> line.currency().equals(currency)).toList();
    }

    /** The totals of a category in one currency. */
    public record CategoryTotals(
            CareCategory category,
            int services,
            int bills,
            BigDecimal billed,
            BigDecimal allowed,
            BigDecimal paidByInsurance,
            BigDecimal patientPaid,
            BigDecimal deductible,
            BigDecimal copay,
            BigDecimal coinsurance,
            BigDecimal notCovered,
            List<UUID> entryIds) {}

    /** Every category with lines in the currency, in the categories' order. */
    public List<CategoryTotals> byCategory(String currency) {
        Map<CareCategory, List<PricedLine>> grouped = new EnumMap<>(CareCategory.class);
        for (PricedLine line : linesIn(currency)) {
            grouped.computeIfAbsent(line.category(), c -> new ArrayList<>()).add(line);
        }
        List<CategoryTotals> totals = new ArrayList<>();
        grouped.forEach((category, group) -> totals.add(totalsOf(category, group)));
        return totals;
    }

    /** The totals of all categories in one currency. */
    public CategoryTotals total(String currency) {
        return totalsOf(null, linesIn(currency));
    }

    private static CategoryTotals totalsOf(CareCategory category, List<PricedLine> group) {
        Set<UUID> entries = new LinkedHashSet<>();
        Set<Integer> bills = new LinkedHashSet<>();
        BigDecimal billed = BigDecimal.ZERO;
        BigDecimal allowed = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal patient = BigDecimal.ZERO;
        BigDecimal deductible = BigDecimal.ZERO;
        BigDecimal copay = BigDecimal.ZERO;
        BigDecimal coinsurance = BigDecimal.ZERO;
        BigDecimal notCovered = BigDecimal.ZERO;
        for (PricedLine line : group) {
            entries.add(line.entryId());
            bills.add(line.bill());
            billed = add(billed, line.billed());
            allowed = add(allowed, line.allowed());
            paid = add(paid, line.paidByInsurance());
            patient = add(patient, line.patientShare());
            deductible = add(deductible, line.deductible());
            copay = add(copay, line.copay());
            coinsurance = add(coinsurance, line.coinsurance());
            notCovered = add(notCovered, line.notCovered());
        }
        return new CategoryTotals(
                category,
                group.size(),
                bills.size(),
                billed,
                allowed,
                paid,
                patient,
                deductible,
                copay,
                coinsurance,
                notCovered,
                List.copyOf(entries));
    }

    /** Per month of the period, the amount of each category (allowed, or billed where no allowed is given). */
    public Map<YearMonth, Map<CareCategory, BigDecimal>> byMonth(String currency) {
        Map<YearMonth, Map<CareCategory, BigDecimal>> months = new TreeMap<>();
        for (YearMonth month = YearMonth.from(period.from());
                !month.atDay(1).isAfter(period.until().minusDays(1));
                month = month.plusMonths(1)) {
            months.put(month, new EnumMap<>(CareCategory.class));
        }
        for (PricedLine line : linesIn(currency)) {
            BigDecimal amount = line.pricedAmount();
            if (amount != null) {
                months.computeIfAbsent(YearMonth.from(line.date()), m -> new EnumMap<>(CareCategory.class))
                        .merge(line.category(), amount, BigDecimal::add);
            }
        }
        return months;
    }

    /** The bill (an episode of care) with the largest priced amount in the currency, if any. */
    public java.util.Optional<Integer> largestBill(String currency) {
        Map<Integer, BigDecimal> byBill = new TreeMap<>();
        for (PricedLine line : linesIn(currency)) {
            if (line.pricedAmount() != null && line.pricedAmount().signum() > 0) {
                byBill.merge(line.bill(), line.pricedAmount(), BigDecimal::add);
            }
        }
        return byBill.entrySet().stream()
                .max(Comparator.comparing(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal value) {
        return value == null ? sum : sum.add(value);
    }
}
