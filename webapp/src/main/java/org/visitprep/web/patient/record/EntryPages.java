package org.visitprep.web.patient.record;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.visitprep.record.EntryKind;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.StoredEntry;

/**
 * The entries of one kind, a page at a time, newest first: the table asks only for the page it shows
 * ({@link PatientRecord#page}), so a record of many thousand entries stays fast. Lives for one request; the table
 * keeps which page is shown.
 *
 * @param <T> the row the table shows
 */
final class EntryPages<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<PatientRecord> record;
    private final transient Supplier<Map<EntryKind, Long>> counts;
    private final EntryKind kind;
    private final transient Function<StoredEntry, T> row;

    EntryPages(
            Supplier<PatientRecord> record,
            Supplier<Map<EntryKind, Long>> counts,
            EntryKind kind,
            Function<StoredEntry, T> row) {
        this.record = record;
        this.counts = counts;
        this.kind = kind;
        this.row = row;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return counts.get().getOrDefault(kind, 0L).intValue();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return record.get().page(kind, first, pageSize).stream().map(row).toList();
    }

    @Override
    public String getRowKey(T shown) {
        throw new UnsupportedOperationException("Rows of the record's history are not selectable");
    }

    @Override
    public T getRowData(String rowKey) {
        throw new UnsupportedOperationException("Rows of the record's history are not selectable");
    }
}
