package org.visitprep.costs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.visitprep.visit.Outcome;
import org.visitprep.visit.Problem;

/**
 * A plan design as the patient typed it, every amount as text, checked into a {@link PlanDesign}: each problem names
 * the plan (by its position) and the field, and nothing is kept while one remains.
 *
 * @param copays the copay per category as typed; a blank copay means the category goes through the deductible
 */
public record PlanForm(
        String name,
        String monthlyPremium,
        String deductible,
        String coinsurancePercent,
        String outOfPocketMax,
        boolean preventiveFree,
        Network network,
        Map<CareCategory, String> copays,
        String sample) {

    public static final int NAME_LIMIT = 80;
    public static final int MIN_PLANS = 2;
    public static final int MAX_PLANS = 4;
    /** No plan premium, deductible or cap is a million a year or more: a larger figure is a typing slip. */
    static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1000000");

    /**
     * The fields as a problem names them, in its message key ({@link FieldProblem}): the copay of a category is
     * {@code COPAY + category.key()}.
     */
    static final String PREMIUM = "premium";

    static final String DEDUCTIBLE = "deductible";
    static final String COINSURANCE = "coinsurance";
    static final String CAP = "cap";
    static final String COPAY = "copay.";

    /** The form of a design, to edit it. */
    public static PlanForm of(PlanDesign plan) {
        Map<CareCategory, String> copays = new EnumMap<>(CareCategory.class);
        plan.copays().forEach((category, amount) -> copays.put(category, amount.toPlainString()));
        return new PlanForm(
                plan.name(),
                plan.monthlyPremium().toPlainString(),
                plan.deductible().toPlainString(),
                plan.coinsurancePercent().toPlainString(),
                plan.outOfPocketMax().toPlainString(),
                plan.preventiveFree(),
                plan.network(),
                copays,
                plan.sample());
    }

    /** Checks a list of plans to compare: 2 to 4, names distinct, each valid. */
    public static Outcome<List<PlanDesign>> check(List<PlanForm> forms) {
        List<Problem> problems = new ArrayList<>();
        if (forms.size() < MIN_PLANS || forms.size() > MAX_PLANS) {
            problems.add(Problem.of(CostProblem.PLAN_COUNT, forms.size()));
        }
        List<PlanDesign> plans = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < forms.size(); i++) {
            int position = i + 1;
            PlanForm form = forms.get(i);
            Outcome<PlanDesign> checked = form.check(position);
            if (checked instanceof Outcome.Done<PlanDesign>(PlanDesign plan)) {
                if (!names.add(plan.name().toLowerCase(Locale.ROOT))) {
                    problems.add(Problem.of(CostProblem.DUPLICATE_NAME, position));
                }
                plans.add(plan);
            } else {
                problems.addAll(((Outcome.Refused<PlanDesign>) checked).problems());
            }
        }
        return problems.isEmpty() ? new Outcome.Done<>(List.copyOf(plans)) : new Outcome.Refused<>(problems);
    }

    /** Checks this plan, the {@code position}-th of the list. */
    public Outcome<PlanDesign> check(int position) {
        List<Problem> problems = new ArrayList<>();
        String trimmedName = name == null ? "" : name.strip();
        if (trimmedName.isEmpty()) {
            problems.add(Problem.of(CostProblem.NAME_MISSING, position));
        } else if (trimmedName.length() > NAME_LIMIT) {
            problems.add(Problem.of(CostProblem.NAME_TOO_LONG, position, NAME_LIMIT));
        }
        BigDecimal premium = amount(monthlyPremium, PREMIUM, position, problems);
        BigDecimal plannedDeductible = amount(deductible, DEDUCTIBLE, position, problems);
        BigDecimal cap = amount(outOfPocketMax, CAP, position, problems);
        BigDecimal rate = number(coinsurancePercent, COINSURANCE, position, problems);
        if (rate != null && (rate.signum() < 0 || rate.compareTo(new BigDecimal("100")) > 0)) {
            problems.add(Problem.of(CostProblem.COINSURANCE_RANGE, position));
            rate = null;
        }
        if (plannedDeductible != null && cap != null && cap.compareTo(plannedDeductible) < 0) {
            problems.add(Problem.of(CostProblem.CAP_BELOW_DEDUCTIBLE, position));
        }
        Map<CareCategory, BigDecimal> checkedCopays = new EnumMap<>(CareCategory.class);
        if (copays != null) {
            copays.forEach((category, text) -> {
                if (text != null && !text.isBlank()) {
                    BigDecimal copay = amount(text, COPAY + category.key(), position, problems);
                    if (copay != null) {
                        checkedCopays.put(category, copay);
                    }
                }
            });
        }
        if (!problems.isEmpty()) {
            return new Outcome.Refused<>(problems);
        }
        return new Outcome.Done<>(new PlanDesign(
                trimmedName,
                premium,
                plannedDeductible,
                rate,
                checkedCopays,
                cap,
                preventiveFree,
                network == null ? Network.IN_NETWORK : network,
                sample));
    }

    private static BigDecimal amount(String text, String field, int position, List<Problem> problems) {
        BigDecimal value = number(text, field, position, problems);
        if (value != null && (value.signum() < 0 || value.compareTo(AMOUNT_LIMIT) >= 0)) {
            problems.add(Problem.of(new FieldProblem("out.of.range", field), position, AMOUNT_LIMIT.toPlainString()));
            return null;
        }
        return value;
    }

    /** A number as a person types it: blanks around it, a comma or a point for decimals, at most two decimals. */
    private static BigDecimal number(String text, String field, int position, List<Problem> problems) {
        String cleaned = text == null
                ? ""
                : text.strip().replace(',', '.').replace(" ", "").replace("\u00a0", "");
        try {
            BigDecimal value = new BigDecimal(cleaned);
            if (value.scale() > 2 || cleaned.length() > 12) {
                throw new NumberFormatException();
            }
            return value.setScale(2);
        } catch (NumberFormatException e) {
            problems.add(Problem.of(new FieldProblem("not.a.number", field), position));
            return null;
        }
    }
}
