package org.visitprep.web.patient.record;

import org.visitprep.record.reading.SourceKind;
import org.visitprep.record.storage.ImportState;
import org.visitprep.record.storage.ImportStatus;

/** Turns the core's import statuses into rows of the person's language. */
final class ImportRows {

    private final ScreenLanguage language;

    ImportRows(ScreenLanguage language) {
        this.language = language;
    }

    ImportRow of(ImportStatus status) {
        var counts = status.counts();
        String what = status.state() == ImportState.DONE
                ? language.text("import.counts", counts.read(), counts.added(), counts.updated(), counts.unchanged())
                : "";
        return new ImportRow(
                status.fileName(),
                sourceName(status.sourceKind()),
                status.formatLabel() == null ? "" : status.formatLabel(),
                language.dateTime(status.startedAt()),
                language.dateTime(status.finishedAt()),
                what,
                language.text("import.state." + status.state().name()),
                status.state() == ImportState.DONE);
    }

    String sourceName(SourceKind kind) {
        return language.text("source." + (kind == null ? SourceKind.DETECT : kind).name());
    }
}
