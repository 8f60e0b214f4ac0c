/**
 * Nutrition diaries in the shape of MyFitnessPal's CSV export (Date, Meal, Calories, Fat (g), ..., Note): one line
 * per meal, summed per day into one FHIR R4 Observation per nutrient and day, built with HAPI's model (their JSON is
 * the entries' original).
 *
 * <p>Columns are found by their header, in any order and case, with or without their unit in parentheses; columns
 * VisitPrep does not know (Meal, Note, vitamins in % of daily value) are ignored. Cells are strict: a date that is
 * not {@code yyyy-MM-dd} or an amount that is not a number refuses the file with the line and column; an empty
 * cell means "not recorded". See {@link org.visitprep.record.nutrition.Nutrient} for the codes and their sources.
 */
package org.visitprep.record.nutrition;
