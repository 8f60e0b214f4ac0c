package org.visitprep.web.patient.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.visitprep.record.EntryKind;
import org.visitprep.record.storage.ImportState;
import org.visitprep.record.storage.ImportStatus;
import org.visitprep.record.storage.RecordImportService;
import org.visitprep.web.layout.LanguageSelection;
import org.visitprep.web.security.SignedInPerson;

/**
 * What the record overview shows: the entries of each kind, where they came from, and every import. Read once per
 * request, so that a finished import shows at once.
 */
@Named
@RequestScoped
public class RecordOverview {

    @Inject
    private SignedInRecord signedInRecord;

    @Inject
    private SignedInPerson signedInPerson;

    @Inject
    private RecordImportService imports;

    @Inject
    private LanguageSelection languageSelection;

    private List<KindCount> counts;
    private List<ImportStatus> statuses;

    /** The kinds the record holds, in the order of {@link EntryKind}, with their counts. */
    public List<KindCount> getCounts() {
        if (counts == null) {
            ScreenLanguage language = language();
            Map<EntryKind, Long> byKind = signedInRecord.record().countsByKind();
            counts = new ArrayList<>();
            for (EntryKind kind : EntryKind.values()) {
                if (byKind.containsKey(kind)) {
                    counts.add(new KindCount(language.text("kind." + kind.name()), byKind.get(kind)));
                }
            }
        }
        return counts;
    }

    public long getTotal() {
        return getCounts().stream().mapToLong(KindCount::count).sum();
    }

    public boolean isWithoutEntries() {
        return getCounts().isEmpty();
    }

    /** Every import of the patient, the latest first. */
    public List<ImportRow> getImports() {
        ImportRows rows = new ImportRows(language());
        return statuses().stream().map(rows::of).toList();
    }

    /** The latest import that saved something, or null when none did. */
    public ImportRow getLastImport() {
        ImportRows rows = new ImportRows(language());
        return statuses().stream()
                .filter(status -> status.state() == ImportState.DONE)
                .findFirst()
                .map(rows::of)
                .orElse(null);
    }

    /** The kinds of source the record was built from, e.g. "FHIR file" and "Apple Health export". */
    public List<String> getSources() {
        ImportRows rows = new ImportRows(language());
        Set<String> sources = new LinkedHashSet<>();
        statuses().stream()
                .filter(status -> status.state() == ImportState.DONE)
                .forEach(status -> sources.add(rows.sourceName(status.sourceKind())));
        return List.copyOf(sources);
    }

    private List<ImportStatus> statuses() {
        if (statuses == null) {
            statuses = imports.imports(signedInPerson.patientId());
        }
        return statuses;
    }

    private ScreenLanguage language() {
        return new ScreenLanguage(languageSelection.getLocale());
    }
}
