package org.visitprep.web.patient.record;

import org.visitprep.lab.LabFlag;
import org.visitprep.lab.LabInterpretation;
import org.visitprep.lab.ResultJudgement;

/**
 * A result's flag as the screens show it: always a word and an icon, never a colour alone. A flag the laboratory
 * gave itself is shown in its words and says so ("High (laboratory's flag)"); a value that cannot be placed against
 * its range ("&lt;5" against 2 to 10) says that too. The flag is the lab judge's, as the visit summary states it.
 *
 * @param text the flag in the person's language, e.g. "High"
 * @param icon the icon's style classes (PrimeIcons), shown beside the word and hidden from screen readers
 * @param styleClass the class that tints the flag, on top of the word and the icon
 * @param outOfRange whether the result lies outside its range or is flagged
 */
public record FlagView(String text, String icon, String styleClass, boolean outOfRange) {

    static FlagView of(ResultJudgement judged, ScreenLanguage language) {
        FlagView shown = of(judged.flag(), language);
        if (judged.isLaboratoryFlag() && LabInterpretation.knows(judged.laboratoryCode())) {
            String word = language.text("labflag." + judged.laboratoryCode());
            return new FlagView(
                    language.text("flag.laboratory", word), shown.icon(), shown.styleClass(), shown.outOfRange());
        }
        if (judged.isUndecided()) {
            return new FlagView(language.text("flag.undecided"), "pi pi-question", "vp-flag-none", false);
        }
        return shown;
    }

    static FlagView of(LabFlag flag, ScreenLanguage language) {
        String text = language.text("flag." + flag.name());
        return switch (flag) {
            case CRITICAL_LOW -> new FlagView(text, "pi pi-exclamation-triangle", "vp-flag-critical", true);
            case LOW -> new FlagView(text, "pi pi-arrow-down", "vp-flag-out", true);
            case NORMAL -> new FlagView(text, "pi pi-check", "vp-flag-normal", false);
            case HIGH -> new FlagView(text, "pi pi-arrow-up", "vp-flag-out", true);
            case CRITICAL_HIGH -> new FlagView(text, "pi pi-exclamation-triangle", "vp-flag-critical", true);
            case ABNORMAL -> new FlagView(text, "pi pi-exclamation-circle", "vp-flag-out", true);
            case CRITICAL_ABNORMAL -> new FlagView(text, "pi pi-exclamation-triangle", "vp-flag-critical", true);
            case UNKNOWN -> new FlagView(text, "pi pi-minus", "vp-flag-none", false);
        };
    }
}
