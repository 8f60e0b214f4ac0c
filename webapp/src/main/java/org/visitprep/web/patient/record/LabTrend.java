package org.visitprep.web.patient.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.lab.AnalyteGroups;
import org.visitprep.lab.ResultJudge;
import org.visitprep.record.Coding;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.StoredEntry;
import org.visitprep.web.layout.LanguageSelection;

/**
 * The trend of the test the patient chose: every result of its series (its code, and the codes of the same analyte)
 * over time, as a chart with the reference band
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

    /** Every result of the chosen result's series (its code and the codes equivalent to it), oldest first. */
    private List<StoredEntry> seriesOf(StoredEntry chosen) {
        Coding code = LabResultRows.codeOf(chosen.observation().code());
        if (code == null) {
            return List.of(chosen);
        }
        Map<UUID, StoredEntry> byId = new LinkedHashMap<>();
        for (Coding equivalent : AnalyteGroups.standard().equivalents(code)) {
            signedInRecord.record().observationsCoded(equivalent).forEach(entry -> byId.putIfAbsent(entry.id(), entry));
        }
        List<StoredEntry> series = new ArrayList<>(byId.values());
        series.sort(Comparator.comparing(LabResultRows::timeOf)
                .thenComparing(entry -> entry.id().toString()));
        return series.isEmpty() ? List.of(chosen) : series;
    }
}
