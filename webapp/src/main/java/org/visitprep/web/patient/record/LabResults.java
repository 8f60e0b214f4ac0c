package org.visitprep.web.patient.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.visitprep.lab.AnalyteGroups;
import org.visitprep.lab.ResultJudge;
import org.visitprep.record.Coding;
import org.visitprep.record.StoredEntry;
import org.visitprep.web.layout.LanguageSelection;

/**
 * The latest result of each lab test in the signed-in patient's record, by the test's name. Equivalent codes of one
 * analyte (creatinine in blood and in serum) are one test, shown by their latest result, as the summary reads them.
 */
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
            results = latestOfEachSeries(signedInRecord.record().latestObservationPerCode(LABORATORY)).stream()
                    .map(rows::of)
                    .sorted(byName)
                    .toList();
        }
        return results;
    }

    /** Of the latest result of each code, the latest of each series: one per analyte whatever its codes. */
    static List<StoredEntry> latestOfEachSeries(List<StoredEntry> latestPerCode) {
        AnalyteGroups groups = AnalyteGroups.standard();
        Map<String, StoredEntry> latest = new LinkedHashMap<>();
        for (StoredEntry entry : latestPerCode) {
            Coding code = LabResultRows.codeOf(entry.observation().code());
            String series = code == null ? "entry|" + entry.id() : groups.seriesKey(code);
            latest.merge(
                    series,
                    entry,
                    (one, other) -> LabResultRows.timeOf(other).isAfter(LabResultRows.timeOf(one)) ? other : one);
        }
        return List.copyOf(latest.values());
    }

    /** Whether any shown result is judged against a general adult range, which the page then explains. */
    public boolean isAnyGeneralRange() {
        return getResults().stream().anyMatch(LabResultRow::generalRange);
    }
}
