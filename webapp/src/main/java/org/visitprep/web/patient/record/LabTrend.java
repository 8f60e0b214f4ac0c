package org.visitprep.web.patient.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.visitprep.lab.ResultJudge;
import org.visitprep.record.Coding;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.StoredEntry;
import org.visitprep.web.layout.LanguageSelection;

/**
 * The trend of the test the patient chose: every result of its code over time, as a chart with the reference band
 * shaded and as a table listing the same values (a chart alone is not accessible). Read once per request.
 */
@Named
@RequestScoped
public class LabTrend {

    @Inject
    private LabTrendChoice choice;

    @Inject
    private SignedInRecord signedInRecord;

    @Inject
    private LanguageSelection languageSelection;

    private Optional<TestTrend.Trend> trend;

    public boolean isShown() {
        return trend().isPresent();
    }

    public TestTrend.Trend getTrend() {
        return trend().orElse(null);
    }

    private Optional<TestTrend.Trend> trend() {
        if (trend == null) {
            trend = Optional.ofNullable(choice.chosenEntryId())
                    .flatMap(id -> signedInRecord.record().entry(id))
                    .filter(entry -> entry.detail() instanceof ObservationDetail)
                    .map(chosen -> new TestTrend(
                                    ResultJudge.standard(),
                                    signedInRecord.testedPerson(),
                                    new ScreenLanguage(languageSelection.getLocale()))
                            .of(seriesOf(chosen)));
        }
        return trend;
    }

    /** Every result of the chosen result's code, oldest first. */
    private List<StoredEntry> seriesOf(StoredEntry chosen) {
        Coding code = LabResultRows.codeOf(chosen.observation().code());
        List<StoredEntry> series =
                code == null ? List.of() : signedInRecord.record().observationsCoded(code);
        return series.isEmpty() ? List.of(chosen) : series;
    }
}
