/**
 * Care costs: the claims and explanations of benefit of a chosen period read into priced lines by category
 * ({@link org.visitprep.costs.BillReader}, {@link org.visitprep.costs.CareYear}), and the patient's own plan designs
 * priced against that pattern of care ({@link org.visitprep.costs.PlanCalculator}), saved sealed per patient.
 *
 * <p>Estimates for a conversation with an insurer or a navigator; nothing here recommends a plan. The web side reads
 * {@link org.visitprep.costs.CareCosts} only, never the record or the plans' table.
 */
package org.visitprep.costs;
