package org.visitprep.web.patient.visit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.storage.PatientRecords;
import org.visitprep.summary.draft.Audience;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.visit.Visits;
import org.visitprep.visit.print.PaperSize;
import org.visitprep.web.layout.LanguageSelection;
import org.visitprep.web.layout.RequestedId;
import org.visitprep.web.security.SignedInPerson;
import org.visitprep.web.summary.SourceLabel;
import org.visitprep.web.summary.SummaryView;

/**
 * The print view of an approved summary: the sentences with numbered markers and the sources they stand for as
 * notes at the end, for A4 or Letter paper.
 */
@Named
@RequestScoped
public class SummaryPrintView {

    /** A numbered note: the source a marker stands for. */
    public record Note(int number, String label) {}

    @EJB
    private Visits visits;

    @EJB
    private PatientRecords records;

    @Inject
    private SignedInPerson person;

    @Inject
    private LanguageSelection language;

    private String visit;
    private String paper;
    private SummaryView summary;
    private final Map<UUID, Integer> numbers = new LinkedHashMap<>();
    private final List<Note> notes = new ArrayList<>();

    public void load() {
        Optional<UUID> visitId = RequestedId.parse(visit);
        summary = visitId.flatMap(id -> visits.approvedSummary(person.patientId(), id))
                .map(approved -> SummaryView.of(approved, Audience.PATIENT))
                .orElse(null);
        if (summary == null) {
            return;
        }
        for (SummarySentence sentence : summary.sentences()) {
            if (!sentence.removed()) {
                sentence.entryIds().forEach(entry -> numbers.computeIfAbsent(entry, e -> numbers.size() + 1));
            }
        }
        PatientRecord record = records.openFor(person.patientId());
        numbers.forEach((entry, number) -> notes.add(new Note(
                number,
                SourceLabel.of(record, entry, language.getLocale())
                        .orElseGet(() -> PageMessages.word("print.source.unknown")))));
    }

    /** The markers of the notes a sentence cites, e.g. "[1, 2]"; empty when it cites none. */
    public String markersOf(SummarySentence sentence) {
        if (sentence.entryIds().isEmpty()) {
            return "";
        }
        return sentence.entryIds().stream()
                .map(entry -> String.valueOf(numbers.get(entry)))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    public boolean isLetter() {
        return SummaryPdfServlet.paper(paper) == PaperSize.LETTER;
    }

    public SummaryView getSummary() {
        return summary;
    }

    public List<Note> getNotes() {
        return notes;
    }

    public String getVisit() {
        return visit;
    }

    public void setVisit(String visit) {
        this.visit = visit;
    }

    public String getPaper() {
        return paper;
    }

    public void setPaper(String paper) {
        this.paper = paper;
    }
}
