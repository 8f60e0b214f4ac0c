package org.visitprep.record.nutrition;

import java.util.Locale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * The nutrients of a diary VisitPrep keeps, with the diary's column name, the unit MyFitnessPal uses for it, and
 * the code of its daily intake.
 *
 * <p>LOINC codes are used only where two independent published sources agree on the code's meaning:
 * <ul>
 *   <li>9057-1 "Calorie intake total 24 hour": OHDSI Athena concept 3026267 (LOINC vocabulary) and the German
 *       MII nutrition profile "Energieaufnahme" (code.coding[loinc] = 9057-1);</li>
 *   <li>81011-9 "Sodium intake 24 hour Estimated": two independent FHIR projects published on GitHub, a
 *       lifestyle-medicine value set of LOINC observation codes and a dietary-intake profile
 *       ({@code component[sodium]}); "Estimated" fits a diary, which estimates intake from food entries.</li>
 * </ul>
 * The other nutrients carry a VisitPrep code until their LOINC "intake 24 hour" codes are checked against the LOINC
 * table itself (https://loinc.org/downloads/), which this build cannot reach.
 */
public enum Nutrient {
    CALORIES("calories", "kcal", "kcal", Systems.LOINC, "9057-1", "Calorie intake total 24 hour"),
    FAT("fat", "g", "g", Systems.VISITPREP, "fat", "Fat intake 24 hour"),
    SATURATED_FAT("saturated fat", "g", "g", Systems.VISITPREP, "saturated-fat", "Saturated fat intake 24 hour"),
    POLYUNSATURATED_FAT(
            "polyunsaturated fat",
            "g",
            "g",
            Systems.VISITPREP,
            "polyunsaturated-fat",
            "Polyunsaturated fat intake 24 hour"),
    MONOUNSATURATED_FAT(
            "monounsaturated fat",
            "g",
            "g",
            Systems.VISITPREP,
            "monounsaturated-fat",
            "Monounsaturated fat intake 24 hour"),
    TRANS_FAT("trans fat", "g", "g", Systems.VISITPREP, "trans-fat", "Trans fat intake 24 hour"),
    CHOLESTEROL("cholesterol", "mg", "mg", Systems.VISITPREP, "cholesterol", "Cholesterol intake 24 hour"),
    SODIUM("sodium", "mg", "mg", Systems.LOINC, "81011-9", "Sodium intake 24 hour Estimated"),
    POTASSIUM("potassium", "mg", "mg", Systems.VISITPREP, "potassium", "Potassium intake 24 hour"),
    CARBOHYDRATES("carbohydrates", "g", "g", Systems.VISITPREP, "carbohydrates", "Carbohydrate intake 24 hour"),
    FIBER("fiber", "g", "g", Systems.VISITPREP, "fiber", "Fiber intake 24 hour"),
    SUGAR("sugar", "g", "g", Systems.VISITPREP, "sugar", "Sugar intake 24 hour"),
    PROTEIN("protein", "g", "g", Systems.VISITPREP, "protein", "Protein intake 24 hour");

    /** The code systems, apart so the constants above can name them. */
    static final class Systems {
        static final String LOINC = "http://loinc.org";
        static final String VISITPREP = "https://visitprep.org/fhir/CodeSystem/daily-intake";

        private Systems() {}
    }

    private final String column;
    private final String unit;
    private final String ucum;
    private final String system;
    private final String code;
    private final String display;

    Nutrient(String column, String unit, String ucum, String system, String code, String display) {
        this.column = column;
        this.unit = unit;
        this.ucum = ucum;
        this.system = system;
        this.code = code;
        this.display = display;
    }

    /** The nutrient a header names ("Fat (g)", "fat", "Sodium (mg)"), or null. */
    static Nutrient ofHeader(String header) {
        String name = header.replaceAll("\\(.*\\)", "").strip().toLowerCase(Locale.ROOT);
        for (Nutrient nutrient : values()) {
            if (nutrient.column.equals(name)) {
                return nutrient;
            }
        }
        return null;
    }

    String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String unit() {
        return unit;
    }

    String ucum() {
        return ucum;
    }

    CodeableConcept concept() {
        return new CodeableConcept(new Coding(system, code, display)).setText(display);
    }
}
