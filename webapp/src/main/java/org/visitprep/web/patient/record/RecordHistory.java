package org.visitprep.web.patient.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.LazyDataModel;
import org.visitprep.record.EntryKind;
import org.visitprep.record.StoredEntry;
import org.visitprep.web.layout.LanguageSelection;

/**
 * The medicines and history page: one lazily paged table per kind, each reading only the page it shows of the
 * signed-in patient's record.
 */
@Named
@RequestScoped
public class RecordHistory {

    @Inject
    private SignedInRecord signedInRecord;

    @Inject
    private LanguageSelection languageSelection;

    private final Map<EntryKind, LazyDataModel<?>> tables = new EnumMap<>(EntryKind.class);
    private Map<EntryKind, Long> counts;
    private HistoryRows rows;

    public LazyDataModel<HistoryRows.Medicine> getMedicines() {
        return pagesOf(EntryKind.MEDICATION, rows()::medicine);
    }

    public LazyDataModel<HistoryRows.Condition> getConditions() {
        return pagesOf(EntryKind.CONDITION, rows()::condition);
    }

    public LazyDataModel<HistoryRows.Allergy> getAllergies() {
        return pagesOf(EntryKind.ALLERGY, rows()::allergy);
    }

    public LazyDataModel<HistoryRows.Immunization> getImmunizations() {
        return pagesOf(EntryKind.IMMUNIZATION, rows()::immunization);
    }

    public LazyDataModel<HistoryRows.Encounter> getEncounters() {
        return pagesOf(EntryKind.ENCOUNTER, rows()::encounter);
    }

    /** One model per table and request: the table loads its page into the model it then draws. */
    @SuppressWarnings("unchecked")
    private <T> LazyDataModel<T> pagesOf(EntryKind kind, Function<StoredEntry, T> row) {
        return (LazyDataModel<T>)
                tables.computeIfAbsent(kind, k -> new EntryPages<>(signedInRecord::record, this::counts, k, row));
    }

    private Map<EntryKind, Long> counts() {
        if (counts == null) {
            counts = signedInRecord.record().countsByKind();
        }
        return counts;
    }

    private HistoryRows rows() {
        if (rows == null) {
            rows = new HistoryRows(new ScreenLanguage(languageSelection.getLocale()));
        }
        return rows;
    }
}
