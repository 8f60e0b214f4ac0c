package org.visitprep.visit.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.visitprep.summary.draft.SectionKind;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.visit.Agenda;
import org.visitprep.visit.AgendaItem;
import org.visitprep.visit.CareContact;
import org.visitprep.visit.EngineDrafts;
import org.visitprep.visit.FrozenVisit;
import org.visitprep.visit.SummaryContent;
import org.visitprep.visit.SummaryState;
import org.visitprep.visit.VisitSummary;

/** The printed summary, read back from the PDF: its text in English and French, and its paper size. */
class SummaryPdfTest {

    private static final FrozenVisit VISIT = new FrozenVisit(
            ZonedDateTime.parse("2026-12-03T09:30+01:00[Europe/Paris]"),
            CareContact.practice("cab-1", "Cabinet Léon Bérard"),
            "Suivi du diabète",
            new Agenda(
                    List.of(AgendaItem.of("Fatigue après les repas"), AgendaItem.of("Pieds qui fourmillent")),
                    "Soif toute la journée",
                    List.of(AgendaItem.of("Dois-je mesurer ma glycémie à la maison ?")),
                    List.of(AgendaItem.of("Metformine 500 mg"))));

    private static final Map<Locale, Map<UUID, String>> LABELS = Map.of(
            Locale.ENGLISH,
            Map.of(
                    EngineDrafts.HBA1C, "HbA1c, 12 Mar 2026, Sandbox Clinic",
                    EngineDrafts.GLUCOSE_BEFORE, "Fasting glucose, 3 Jun 2026, Sandbox Clinic",
                    EngineDrafts.GLUCOSE_NOW, "Fasting glucose, 1 Nov 2026, Sandbox Clinic",
                    EngineDrafts.METFORMIN, "Metformin 500 MG Oral Tablet, 2 Feb 2026, Sandbox Clinic"),
            Locale.FRENCH,
            Map.of(
                    EngineDrafts.HBA1C, "HbA1c, 12 mars 2026, Clinique Sandbox",
                    EngineDrafts.GLUCOSE_BEFORE, "Glycémie à jeun, 3 juin 2026, Clinique Sandbox",
                    EngineDrafts.GLUCOSE_NOW, "Glycémie à jeun, 1 nov. 2026, Clinique Sandbox",
                    EngineDrafts.METFORMIN, "Metformin 500 MG Oral Tablet, 2 févr. 2026, Clinique Sandbox"));

    /** The edit ends with a check mark, which Liberation Sans has no glyph for: it prints as a question mark. */
    private static VisitSummary approved(Locale language) {
        SummaryContent drafted =
                SummaryContent.of(language.equals(Locale.FRENCH) ? EngineDrafts.french() : EngineDrafts.english());
        SummarySentence first = drafted.sentence(1).orElseThrow();
        SummaryContent reviewed = drafted.remove(3)
                .revise(first.editedTo(first.patientText() + " ✓"))
                .add(language.equals(Locale.FRENCH) ? "Je dors mal depuis octobre." : "I sleep badly since October.");
        return new VisitSummary(
                UUID.randomUUID(),
                UUID.randomUUID(),
                2,
                SummaryState.APPROVED,
                "grounded",
                null,
                language,
                "default",
                EngineDrafts.WRITTEN,
                Instant.parse("2026-11-30T18:00:00Z"),
                new SummaryContent(reviewed.sentences(), reviewed.fallbackNote(), null, null, VISIT));
    }

    static Stream<Arguments> printings() {
        return Stream.of(Locale.ENGLISH, Locale.FRENCH)
                .flatMap(language ->
                        Stream.of(PaperSize.A4, PaperSize.LETTER).map(paper -> Arguments.of(language, paper)));
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append(' ');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    @ParameterizedTest
    @MethodSource("printings")
    void printsTheApprovedSummaryInTheLanguageAndOnThePaperAskedFor(Locale language, PaperSize paper)
            throws IOException {
        Map<UUID, String> labels = LABELS.get(language);

        byte[] pdf =
                SummaryPdf.render(approved(language), language, paper, entry -> Optional.ofNullable(labels.get(entry)));

        PdfReader reader = new PdfReader(pdf);
        Rectangle page = reader.getPageSize(1);
        assertEquals(paper.width(), page.getWidth(), 0.5);
        assertEquals(paper.height(), page.getHeight(), 0.5);
        reader.close();
        String text = text(pdf);
        boolean french = language.equals(Locale.FRENCH);
        for (String expected : List.of(
                french ? "Résumé pour la consultation" : "Visit summary",
                french ? "Rendez-vous : jeudi 3 décembre 2026" : "Appointment: Thursday, December 3, 2026",
                "Cabinet Léon Bérard",
                "Suivi du diabète",
                "1. Fatigue après les repas",
                "2. Pieds qui fourmillent",
                "Soif toute la journée",
                "Dois-je mesurer ma glycémie à la maison ?",
                french ? "7,2 % le 12 mars 2026" : "Hemoglobin A1c: 7.2 % on 12 March 2026",
                "? [1] " + (french ? "(modifiée par le patient)" : "(edited by the patient)"),
                "Metformin 500 MG Oral Tablet",
                french ? "À examiner en priorité" : "Needs attention",
                french ? "écrite par le patient" : "written by the patient",
                french ? "L'ordre du jour du patient" : "The patient's agenda",
                "[1] " + labels.get(EngineDrafts.HBA1C),
                "[2] " + labels.get(EngineDrafts.METFORMIN),
                french ? "Ce n'est pas un diagnostic" : "It is not a diagnosis")) {
            assertTrue(text.contains(expected), "missing «" + expected + "» in: " + text);
        }
        assertTrue(!text.contains("7.4") && !text.contains("7,4"), "a sentence the patient removed is not printed");
        assertTrue(!text.contains("''"), "a label doubles its apostrophes: " + text);
    }

    @Test
    void embedsItsFontsSoThatAccentsPrintEverywhere() throws IOException {
        byte[] pdf = SummaryPdf.render(approved(Locale.FRENCH), Locale.FRENCH, PaperSize.A4, entry -> Optional.empty());

        PdfReader reader = new PdfReader(pdf);
        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        assertTrue(fonts.size() >= 2);
        for (PdfName name : fonts.getKeys()) {
            PdfDictionary font = fonts.getAsDict(name);
            PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
            PdfDictionary descriptor = descendants.getAsDict(0).getAsDict(PdfName.FONTDESCRIPTOR);
            assertNotNull(descriptor.get(PdfName.FONTFILE2), name + " is not embedded");
        }
        reader.close();
        assertTrue(text(pdf).contains("Une donnée qui n'est plus dans le dossier"));
    }

    @Test
    void refusesToPrintADraft() {
        VisitSummary approved = approved(Locale.ENGLISH);
        VisitSummary draft = new VisitSummary(
                approved.id(),
                approved.visitId(),
                1,
                SummaryState.DRAFT,
                "grounded",
                null,
                Locale.ENGLISH,
                "default",
                EngineDrafts.WRITTEN,
                null,
                new SummaryContent(
                        List.of(SummarySentence.byEngine(
                                1, SectionKind.CHANGES, "Text.", "Text.", List.of(), List.of())),
                        null,
                        null,
                        null,
                        null));

        assertThrows(
                IllegalArgumentException.class,
                () -> SummaryPdf.render(draft, Locale.ENGLISH, PaperSize.A4, entry -> Optional.empty()));
    }
}
