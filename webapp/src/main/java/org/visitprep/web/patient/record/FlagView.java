package org.visitprep.web.patient.record;

import org.visitprep.lab.LabFlag;

/**
 * A result's flag as the screens show it: always a word and an icon, never a colour alone.
 *
 * @param text the flag in the person's language, e.g. "High"
 * @param icon the icon's style classes (PrimeIcons), shown beside the word and hidden from screen readers
 * @param styleClass the class that tints the flag, on top of the word and the icon
 * @param outOfRange whether the result lies outside its range
 */
public record FlagView(String text, String icon, String styleClass, boolean outOfRange) {

    static FlagView of(LabFlag flag, ScreenLanguage language) {
        String text = language.text("flag." + flag.name());
        return switch (flag) {
            case CRITICAL_LOW -> new FlagView(text, "pi pi-exclamation-triangle", "vp-flag-critical", true);
            case LOW -> new FlagView(text, "pi pi-arrow-down", "vp-flag-out", true);
            case NORMAL -> new FlagView(text, "pi pi-check", "vp-flag-normal", false);
            case HIGH -> new FlagView(text, "pi pi-arrow-up", "vp-flag-out", true);
            case CRITICAL_HIGH -> new FlagView(text, "pi pi-exclamation-triangle", "vp-flag-critical", true);
            case UNKNOWN -> new FlagView(text, "pi pi-minus", "vp-flag-none", false);
        };
    }
}
