/**
 * The patient's "My care and its costs" page: the chosen period's care by category from their claims and
 * explanations of benefit, and the plans they compare against it. View state only; every figure comes from
 * {@link org.visitprep.costs.CareCosts}.
 */
package org.visitprep.web.patient.costs;
