package org.visitprep.web.patient.costs;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.visitprep.costs.BillProblem;
import org.visitprep.costs.CareCategory;
import org.visitprep.costs.CareCosts;
import org.visitprep.costs.CarePeriod;
import org.visitprep.costs.CareScenario;
import org.visitprep.costs.CareYear;
import org.visitprep.costs.PlanCalculator;
import org.visitprep.costs.PlanDesign;
import org.visitprep.costs.PlanForm;
import org.visitprep.costs.PricedLine;
import org.visitprep.costs.SamplePlans;
import org.visitprep.visit.Outcome;
import org.visitprep.web.layout.LanguageSelection;
import org.visitprep.web.patient.visit.PageMessages;
import org.visitprep.web.security.SignedInPerson;

/**
 * "My care and its costs": the chosen period (the last twelve months unless the patient picks a year), its care by
 * category, by month and by who paid, the bills that could not be read as they are, and the comparison of the
 * patient's plans against that pattern. Holds the choices and the plans as typed; figures are read per request.
 */
@Named
@ViewScoped
public class CostsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String LAST_TWELVE_MONTHS = "last-12-months";

    @EJB
    private CareCosts costs;

    @Inject
    private SignedInPerson person;

    @Inject
    private LanguageSelection language;

    private String period = LAST_TWELVE_MONTHS;
    private String shownPeriod = LAST_TWELVE_MONTHS;
    private List<PlanRow> plans;
    private String sampleToAdd = "";
    private boolean compared;
    private transient CareYear year;
    private transient List<Integer> years;
    private transient List<CurrencyView> currencies;

    // --- The period -----------------------------------------------------------------------------------------------

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    /** The choices of period: the last twelve months, then each year with bills, latest first. */
    public Map<String, String> getPeriods() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put(texts().text("period.last12"), LAST_TWELVE_MONTHS);
        for (int each : years()) {
            choices.put(String.valueOf(each), String.valueOf(each));
        }
        return choices;
    }

    /** Shows the chosen period; a value that is not one of the choices changes nothing and says so. */
    public void show() {
        if (LAST_TWELVE_MONTHS.equals(period)
                || years().stream().anyMatch(y -> String.valueOf(y).equals(period))) {
            shownPeriod = period;
            year = null;
            currencies = null;
        } else {
            PageMessages.error(null, texts().text("period.unknown"));
            period = shownPeriod;
        }
    }

    CareYear year() {
        if (year == null) {
            CarePeriod chosen = LAST_TWELVE_MONTHS.equals(shownPeriod)
                    ? costs.lastTwelveMonths()
                    : CarePeriod.calendarYear(Integer.parseInt(shownPeriod));
            year = costs.year(person.patientId(), chosen);
        }
        return year;
    }

    private List<Integer> years() {
        if (years == null) {
            years = costs.yearsWithCare(person.patientId());
        }
        return years;
    }

    public String getPeriodLabel() {
        CarePeriod shown = year().period();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts().locale());
        return texts().text(
                        "period.label",
                        dates.format(shown.from()),
                        dates.format(shown.until().minusDays(1)));
    }

    public boolean isPeriodEmpty() {
        return year().lines().isEmpty();
    }

    /** The latest year with bills, when the period shown has none, to say where the patient's care is. */
    public String getLatestYear() {
        return years().isEmpty() ? "" : String.valueOf(years().getFirst());
    }

    // --- The care of the period --------------------------------------------------------------------------------------

    /** One currency's figures: the main one first, then any other, never added together. */
    public record CurrencyView(
            String code,
            String label,
            boolean main,
            List<CategoryRow> categories,
            CategoryRow total,
            List<PaidShare> whoPaid,
            String whoPaidLabel,
            List<MonthBar> months,
            String monthsLabel) {}

    public record CategoryRow(
            String key,
            String name,
            int services,
            int bills,
            String billed,
            String allowed,
            String paidByInsurance,
            String patientPaid,
            String patientParts,
            List<BillRow> sources) {}

    public record BillRow(UUID entryId, String date, String service, String amount, String what) {}

    public record PaidShare(String key, String name, String amount, String percent) {}

    public record MonthBar(String month, String total, List<Segment> segments) {}

    public record Segment(String key, String name, String percent) {}

    public List<CurrencyView> getCurrencies() {
        if (currencies == null) {
            currencies = currencyViews();
        }
        return currencies;
    }

    private List<CurrencyView> currencyViews() {
        CostTexts texts = texts();
        List<CurrencyView> views = new ArrayList<>();
        String main = year().mainCurrency();
        for (String currency : year().currencies()) {
            List<CategoryRow> rows = new ArrayList<>();
            for (CareYear.CategoryTotals totals : year().byCategory(currency)) {
                rows.add(row(totals, currency, texts));
            }
            CategoryRow total = row(year().total(currency), currency, texts);
            views.add(new CurrencyView(
                    currency,
                    currency.isEmpty() ? texts.text("currency.none") : currency,
                    currency.equals(main),
                    rows,
                    total,
                    whoPaid(year().total(currency), currency, texts),
                    texts.text(
                            "chart.whoPaid.label",
                            texts.money(year().total(currency).billed(), currency)),
                    months(currency, texts),
                    texts.text("chart.months.label")));
        }
        return views;
    }

    private CategoryRow row(CareYear.CategoryTotals totals, String currency, CostTexts texts) {
        boolean isTotal = totals.category() == null;
        String name = isTotal
                ? texts.text("total")
                : texts.text("category." + totals.category().key());
        List<BillRow> sources = new ArrayList<>();
        if (!isTotal) {
            DateTimeFormatter dates =
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
            for (PricedLine line : year().linesIn(currency)) {
                if (line.category() == totals.category()) {
                    String service = line.service().isEmpty() ? name : line.service();
                    sources.add(new BillRow(
                            line.entryId(),
                            dates.format(line.date()),
                            service,
                            texts.money(line.pricedAmount(), currency),
                            service + ", " + dates.format(line.date())));
                }
            }
        }
        String parts = texts.text(
                "patient.parts",
                texts.money(totals.deductible(), currency),
                texts.money(totals.copay(), currency),
                texts.money(totals.coinsurance(), currency),
                texts.money(totals.notCovered(), currency));
        return new CategoryRow(
                isTotal ? "total" : totals.category().key(),
                name,
                totals.services(),
                totals.bills(),
                texts.money(totals.billed(), currency),
                texts.money(totals.allowed(), currency),
                texts.money(totals.paidByInsurance(), currency),
                texts.money(totals.patientPaid(), currency),
                parts,
                sources);
    }

    /** Of what was billed: paid by insurance, paid by the patient, and the rest (discounts, or not stated). */
    private static List<PaidShare> whoPaid(CareYear.CategoryTotals total, String currency, CostTexts texts) {
        BigDecimal billed = total.billed();
        BigDecimal rest = billed.subtract(total.paidByInsurance())
                .subtract(total.patientPaid())
                .max(BigDecimal.ZERO);
        BigDecimal whole = total.paidByInsurance().add(total.patientPaid()).add(rest);
        List<PaidShare> shares = new ArrayList<>();
        shares.add(share("insurance", total.paidByInsurance(), whole, currency, texts));
        shares.add(share("patient", total.patientPaid(), whole, currency, texts));
        shares.add(share("rest", rest, whole, currency, texts));
        return shares;
    }

    private static PaidShare share(String key, BigDecimal amount, BigDecimal whole, String currency, CostTexts texts) {
        return new PaidShare(key, texts.text("whoPaid." + key), texts.money(amount, currency), percent(amount, whole));
    }

    private List<MonthBar> months(String currency, CostTexts texts) {
        Map<YearMonth, Map<CareCategory, BigDecimal>> byMonth = year().byMonth(currency);
        BigDecimal largest = byMonth.values().stream()
                .map(amounts -> amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        List<MonthBar> bars = new ArrayList<>();
        byMonth.forEach((month, amounts) -> {
            BigDecimal sum = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Segment> segments = new ArrayList<>();
            amounts.forEach((category, amount) -> segments.add(
                    new Segment(category.key(), texts.text("category." + category.key()), percent(amount, largest))));
            String name = month.getMonth().getDisplayName(TextStyle.SHORT, texts.locale()) + " " + month.getYear();
            bars.add(new MonthBar(name, texts.money(sum, currency), segments));
        });
        return bars;
    }

    /** The legend of the month chart: the categories present, in their order. */
    public List<Segment> getLegend() {
        Map<CareCategory, Boolean> present = new EnumMap<>(CareCategory.class);
        year().lines().forEach(line -> present.put(line.category(), true));
        return present.keySet().stream()
                .map(category -> new Segment(category.key(), texts().text("category." + category.key()), ""))
                .toList();
    }

    private static String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0 || part.signum() <= 0) {
            return "0";
        }
        return part.multiply(BigDecimal.valueOf(100))
                .divide(whole, 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    // --- Bills that could not be read as they are -------------------------------------------------------------------

    public record ProblemRow(UUID entryId, String date, String reason, String service, String what) {}

    public List<ProblemRow> getProblems() {
        CostTexts texts = texts();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
        List<ProblemRow> rows = new ArrayList<>();
        for (BillProblem problem : year().problems()) {
            String date = problem.date() == null ? texts.text("date.none") : dates.format(problem.date());
            String reason = texts.text("problem." + problem.reason().name().toLowerCase(java.util.Locale.ROOT));
            rows.add(new ProblemRow(problem.entryId(), date, reason, problem.service(), reason + ", " + date));
        }
        return rows;
    }

    public int getClaimsWithoutExplanation() {
        return year().claimsWithoutExplanation();
    }

    // --- The plans --------------------------------------------------------------------------------------------------

    public List<PlanRow> getPlans() {
        if (plans == null) {
            plans = new ArrayList<>();
            costs.savedPlans(person.patientId()).forEach(plan -> plans.add(PlanRow.of(PlanForm.of(plan))));
            compared = plans.size() >= PlanForm.MIN_PLANS;
        }
        return plans;
    }

    public Map<String, String> getSamples() {
        Map<String, String> samples = new LinkedHashMap<>();
        SamplePlans.all().forEach(plan -> samples.put(plan.name(), plan.sample()));
        return samples;
    }

    public String getSampleToAdd() {
        return sampleToAdd;
    }

    public void setSampleToAdd(String sampleToAdd) {
        this.sampleToAdd = sampleToAdd;
    }

    public boolean isRoomForAnother() {
        return getPlans().size() < PlanForm.MAX_PLANS;
    }

    public void addSample() {
        var sample = SamplePlans.byId(sampleToAdd == null ? "" : sampleToAdd);
        if (sample.isEmpty()) {
            PageMessages.error(null, texts().text("plans.sampleUnknown"));
        } else if (isRoomForAnother()) {
            getPlans().add(PlanRow.of(PlanForm.of(sample.get())));
            compared = false;
        }
    }

    public void addPlan() {
        if (isRoomForAnother()) {
            getPlans().add(new PlanRow());
            compared = false;
        }
    }

    public void remove(PlanRow row) {
        getPlans().remove(row);
        compared = false;
    }

    /** Checks and saves the plans, then compares them; a refused plan changes nothing saved. */
    public void compare() {
        List<PlanForm> forms = getPlans().stream().map(PlanRow::form).toList();
        Outcome<List<PlanDesign>> saved = costs.savePlans(person.patientId(), forms);
        if (saved instanceof Outcome.Refused<List<PlanDesign>> refused) {
            PageMessages.refused(refused.problems(), texts().locale());
            compared = false;
            return;
        }
        compared = true;
        PageMessages.info(texts().text("plans.saved"));
    }

    public boolean isCompared() {
        return compared;
    }

    public record EstimateRow(
            int rank,
            String name,
            boolean sample,
            String network,
            String asItWas,
            String lighter,
            String heavier,
            String premiums,
            String careShare,
            String premiumPercent,
            String sharePercent,
            boolean capReached,
            List<ShareRow> byCategory) {}

    public record ShareRow(String category, int services, String priced, String share) {}

    /** The plans ranked by the estimated total of the period as it was, cheapest first; ranked, not recommended. */
    public List<EstimateRow> getEstimates() {
        getPlans();
        if (!compared) {
            return List.of();
        }
        List<PlanDesign> designs = new ArrayList<>();
        for (PlanRow row : getPlans()) {
            if (row.form().check(1) instanceof Outcome.Done<PlanDesign>(PlanDesign plan)) {
                designs.add(plan);
            }
        }
        String currency = year().mainCurrency();
        CostTexts texts = texts();
        Map<CareScenario, List<PricedLine>> patterns = new EnumMap<>(CareScenario.class);
        for (CareScenario scenario : CareScenario.values()) {
            patterns.put(scenario, scenario.services(year(), currency));
        }
        List<PlanCalculator.Estimate> ranked = PlanCalculator.rank(designs, patterns.get(CareScenario.AS_IT_WAS));
        BigDecimal largest = ranked.stream()
                .map(PlanCalculator.Estimate::total)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        List<EstimateRow> rows = new ArrayList<>();
        int rank = 1;
        for (PlanCalculator.Estimate estimate : ranked) {
            PlanDesign plan = estimate.plan();
            List<ShareRow> shares = estimate.byCategory().stream()
                    .map(share -> new ShareRow(
                            texts.text("category." + share.category().key()),
                            share.services(),
                            texts.money(share.priced(), currency),
                            texts.money(share.patientShare(), currency)))
                    .toList();
            rows.add(new EstimateRow(
                    rank++,
                    plan.name(),
                    !plan.sample().isEmpty(),
                    texts.text("network." + plan.network().name()),
                    texts.money(estimate.total(), currency),
                    texts.money(
                            PlanCalculator.estimate(plan, patterns.get(CareScenario.LIGHTER))
                                    .total(),
                            currency),
                    texts.money(
                            PlanCalculator.estimate(plan, patterns.get(CareScenario.HEAVIER))
                                    .total(),
                            currency),
                    texts.money(estimate.premiums(), currency),
                    texts.money(estimate.careShare(), currency),
                    percent(estimate.premiums(), largest),
                    percent(estimate.careShare(), largest),
                    estimate.outOfPocketMaxReached(),
                    shares));
        }
        return rows;
    }

    /** Lines in currencies other than the main one, which the comparison leaves out. */
    public int getLinesLeftOut() {
        String main = year().mainCurrency();
        return (int) year().lines().stream()
                .filter(line -> !line.currency().equals(main))
                .count();
    }

    public int getBilledOnlyLines() {
        return (int) year().linesIn(year().mainCurrency()).stream()
                .filter(line -> line.allowed() == null)
                .count();
    }

    private CostTexts texts() {
        return new CostTexts(language.getLocale());
    }
}
