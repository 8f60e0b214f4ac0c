package org.visitprep.web.patient.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import org.visitprep.lab.ResultJudge;
import org.visitprep.web.layout.LanguageSelection;

/** The latest result of each lab test in the signed-in patient's record, by the test's name. */
@Named
@RequestScoped
public class LabResults {

    static final String LABORATORY = "laboratory";

    @Inject
    private SignedInRecord signedInRecord;

    @Inject
    private LanguageSelection languageSelection;

    private List<LabResultRow> results;

    public List<LabResultRow> getResults() {
        if (results == null) {
            ScreenLanguage language = new ScreenLanguage(languageSelection.getLocale());
            var rows = new LabResultRows(ResultJudge.standard(), signedInRecord.testedPerson(), language);
            Comparator<LabResultRow> byName =
                    Comparator.comparing(LabResultRow::name, Collator.getInstance(language.locale()));
            results = signedInRecord.record().latestObservationPerCode(LABORATORY).stream()
                    .map(rows::of)
                    .sorted(byName)
                    .toList();
        }
        return results;
    }

    /** Whether any shown result is judged against a general adult range, which the page then explains. */
    public boolean isAnyGeneralRange() {
        return getResults().stream().anyMatch(LabResultRow::generalRange);
    }
}
