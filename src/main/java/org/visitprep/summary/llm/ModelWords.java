package org.visitprep.summary.llm;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.wording.DateTokens;

/**
 * Turns a sentence as the model wrote it into the words the verifier and the readers see: each date token of a fact
 * the sentence cites ("[D-17]") written out as the summary's language writes dates; a token of any other date left as
 * it is, for the verifier to refuse; and a text of a cited fact that the model quoted as it was sent, with its
 * personal details as placeholders, put back as the patient or the record wrote it, so that the quotation is exact.
 */
final class ModelWords {

    private final FactsSnapshot facts;
    private final Locale locale;
    private final Deidentifier deidentifier;

    ModelWords(FactsSnapshot facts, Locale locale, Deidentifier deidentifier) {
        this.facts = facts;
        this.locale = locale;
        this.deidentifier = deidentifier;
    }

    String writtenOut(String text, List<String> factIds) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        Map<String, String> sentAs = new LinkedHashMap<>();
        for (String id : factIds) {
            facts.fact(id).ifPresent(fact -> {
                dates.addAll(fact.dates());
                scrubbed(fact, sentAs);
            });
        }
        String written = DateTokens.resolve(text, dates, facts.window().to(), locale);
        for (Map.Entry<String, String> quoted : sentAs.entrySet()) {
            written = written.replace(quoted.getKey(), quoted.getValue());
        }
        return written;
    }

    /** The fact's texts that went to the model with placeholders, as sent, with the words they stand for. */
    private void scrubbed(Fact fact, Map<String, String> sentAs) {
        for (String verbatim : fact.verbatim()) {
            String sent = deidentifier.scrub(verbatim);
            if (!sent.equals(verbatim)) {
                sentAs.put(sent, verbatim);
            }
        }
    }
}
