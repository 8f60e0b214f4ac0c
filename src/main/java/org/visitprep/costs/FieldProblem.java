package org.visitprep.costs;

import org.visitprep.visit.Problem;

/**
 * A problem with one amount of a plan: its message key names the kind and the field ({@code not.a.number.deductible},
 * {@code out.of.range.copay.emergency}), so each message names the field in the person's language. Arguments: the
 * plan's position, then for out of range the limit.
 */
record FieldProblem(String kind, String field) implements Problem.Code {

    @Override
    public String bundle() {
        return CostProblem.BUNDLE;
    }

    @Override
    public String messageKey() {
        return kind + "." + field;
    }
}
