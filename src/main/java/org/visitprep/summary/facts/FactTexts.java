package org.visitprep.summary.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.visitprep.summary.wording.Numbers;

/** Numbers inside verbatim text ("Type 2 diabetes", "500 MG Oral Tablet"): stated, with a unit not known apart. */
final class FactTexts {

    private FactTexts() {}

    static List<FactNumber> numbersIn(List<String> texts) {
        List<FactNumber> numbers = new ArrayList<>();
        for (String text : texts) {
            for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                Numbers.read(text, language).forEach(found -> numbers.add(new FactNumber(found.value(), null, 0)));
            }
        }
        return numbers;
    }
}
