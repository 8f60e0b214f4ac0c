package org.visitprep.web.patient.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.visitprep.record.storage.ImportAbout;
import org.visitprep.record.storage.RecordPersons;
import org.visitprep.web.layout.LanguageSelection;
import org.visitprep.web.security.SignedInPerson;

/**
 * For a record that holds more than one person (built before every import checked whom it was about): which import
 * is about whom, and the removal of an import. Shown only for such records; the patient is the session's.
 */
@Named
@RequestScoped
public class PeopleInRecord {

    /** One import as the table shows it. */
    public record Row(UUID importId, String file, String when, String about, boolean you, String whose) {}

    @Inject
    private SignedInPerson signedInPerson;

    @Inject
    private RecordPersons persons;

    @Inject
    private LanguageSelection languageSelection;

    private List<Row> rows;
    private String notice;

    public boolean isShown() {
        return !getRows().isEmpty();
    }

    public List<Row> getRows() {
        if (rows == null) {
            ScreenLanguage language = language();
            rows = persons.importsAbout(signedInPerson.patientId()).stream()
                    .map(about -> row(about, language))
                    .toList();
        }
        return rows;
    }

    /** Removes one of the signed-in patient's imports; an id that is not theirs removes nothing. */
    public void remove(Row row) {
        boolean removed = persons.removeImport(signedInPerson.patientId(), row.importId());
        notice = removed
                ? language().text("people.removed", row.file())
                : language().text("people.notRemoved");
        rows = null;
    }

    /** What came of a removal, once; empty otherwise. */
    public String getNotice() {
        return notice;
    }

    private static Row row(ImportAbout about, ScreenLanguage language) {
        return new Row(
                about.importId(),
                about.fileName(),
                language.dateTime(about.startedAt()),
                about.about(),
                about.recordsPerson(),
                language.text(about.recordsPerson() ? "people.you" : "people.someoneElse"));
    }

    private ScreenLanguage language() {
        return new ScreenLanguage(languageSelection.getLocale());
    }
}
