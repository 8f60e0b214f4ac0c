package org.visitprep.visit.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.SectionKind;
import org.visitprep.summary.draft.SentenceOrigin;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.visit.Agenda;
import org.visitprep.visit.AgendaItem;
import org.visitprep.visit.FrozenVisit;
import org.visitprep.visit.VisitSummary;

/**
 * Prints an approved visit summary as a PDF: the title, the appointment, the patient's agenda, the sentences by
 * section with numbered citation markers, the sources those numbers stand for, the disclaimer, and who drafted and
 * approved it. Labels are in the language asked for; the sentences are in the language they were written in.
 */
public final class SummaryPdf {

    private static final String BUNDLE = "org.visitprep.visit.print.SummaryPrint";
    private static final float MARGIN = 56;
    private static final String MISSING_GLYPH = "?";

    private SummaryPdf() {}

    /**
     * @param approved an approved summary version
     * @param language the language of the labels (English unless French is asked for)
     * @param sources the labels of the record entries the sentences cite
     * @return the PDF's bytes
     * @throws IllegalArgumentException if the summary is not an approved version
     */
    public static byte[] render(VisitSummary approved, Locale language, PaperSize paper, SourceLabels sources) {
        if (!approved.isApproved() || approved.content().visit() == null) {
            throw new IllegalArgumentException("Only an approved summary is printed");
        }
        ResourceBundle text = ResourceBundle.getBundle(
                BUNDLE,
                language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(paper.page(), MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.toLanguageTag()));
        document.addTitle(label(text, language, "title"));
        document.addCreator("VisitPrep");
        HeaderFooter footer = new HeaderFooter(new Phrase(label(text, language, "page") + " ", Fonts.SMALL), true);
        footer.setAlignment(Element.ALIGN_CENTER);
        footer.setBorder(Rectangle.NO_BORDER);
        document.setFooter(footer);
        document.open();
        new Layout(document, text, language, sources).write(approved);
        document.close();
        return out.toByteArray();
    }

    /** A label of the bundle; every label is a {@link MessageFormat} pattern, arguments or not. */
    private static String label(ResourceBundle text, Locale language, String key, Object... arguments) {
        return new MessageFormat(text.getString(key), language).format(arguments);
    }

    private static Paragraph paragraph(String words, Font font) {
        return new Paragraph(printable(words, font), font);
    }

    private static Chunk chunk(String words, Font font) {
        return new Chunk(printable(words, font), font);
    }

    /**
     * The text with each character the font has no glyph for (an emoji, a script Liberation Sans does not cover)
     * shown as {@value #MISSING_GLYPH}, so that nothing disappears from the page unnoticed.
     */
    static String printable(String words, Font font) {
        BaseFont face = font.getBaseFont();
        StringBuilder shown = new StringBuilder(words.length());
        words.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || face.charExists(c)) {
                shown.appendCodePoint(c);
            } else {
                shown.append(MISSING_GLYPH);
            }
        });
        return shown.toString();
    }

    /** Lays one summary out on an open document. */
    private static final class Layout {

        private final Document document;
        private final ResourceBundle text;
        private final Locale language;
        private final SourceLabels sources;
        private final Map<UUID, Integer> citationNumbers = new LinkedHashMap<>();

        Layout(Document document, ResourceBundle text, Locale language, SourceLabels sources) {
            this.document = document;
            this.text = text;
            this.language = language;
            this.sources = sources;
        }

        void write(VisitSummary summary) {
            FrozenVisit visit = summary.content().visit();
            add(paragraph(format("title"), Fonts.TITLE));
            line(format("appointment", dateTime(visit.appointment())));
            if (!visit.with().name().isEmpty()) {
                line(format("with", visit.with().name()));
            }
            if (!visit.reason().isEmpty()) {
                line(format("reason", visit.reason()));
            }
            agenda(visit.agenda());
            sentences(summary.content().keptSentences());
            sourcesList();
            heading("about");
            add(paragraph(disclaimer(summary.disclaimerKey()), Fonts.ITALIC));
            provenance(summary);
        }

        private void agenda(Agenda agenda) {
            boolean empty = agenda.concerns().isEmpty()
                    && agenda.symptoms().isEmpty()
                    && agenda.questions().isEmpty()
                    && agenda.medicines().isEmpty();
            if (empty) {
                return;
            }
            heading("agenda");
            numbered("concerns", agenda.concerns());
            if (!agenda.symptoms().isEmpty()) {
                subheading("symptoms");
                line(agenda.symptoms());
            }
            numbered("questions", agenda.questions());
            numbered("medicines", agenda.medicines());
        }

        private void numbered(String titleKey, List<AgendaItem> items) {
            if (items.isEmpty()) {
                return;
            }
            subheading(titleKey);
            for (int position = 1; position <= items.size(); position++) {
                Paragraph item =
                        paragraph(position + ". " + items.get(position - 1).text(), Fonts.BODY);
                item.setIndentationLeft(12);
                add(item);
            }
        }

        private void sentences(List<SummarySentence> kept) {
            heading("summary");
            if (kept.isEmpty()) {
                line(format("no.sentences"));
                return;
            }
            Map<SectionKind, List<SummarySentence>> bySection = DraftSummary.bySection(kept);
            bySection.forEach((section, sentences) -> {
                titled(format("section." + section.name()));
                sentences.forEach(this::sentence);
            });
        }

        private void sentence(SummarySentence sentence) {
            Paragraph paragraph = new Paragraph();
            paragraph.setFont(Fonts.BODY);
            paragraph.setSpacingAfter(3);
            paragraph.add(chunk(sentence.patientText(), Fonts.BODY));
            if (!sentence.entryIds().isEmpty()) {
                List<String> markers = new ArrayList<>();
                for (UUID entry : sentence.entryIds()) {
                    markers.add(
                            String.valueOf(citationNumbers.computeIfAbsent(entry, e -> citationNumbers.size() + 1)));
                }
                paragraph.add(chunk(" [" + String.join(", ", markers) + "]", Fonts.SMALL));
            }
            if (sentence.origin() != SentenceOrigin.ENGINE) {
                String key = sentence.origin() == SentenceOrigin.EDITED_BY_PATIENT ? "edited" : "added";
                paragraph.add(chunk(" (" + format(key) + ")", Fonts.SMALL_ITALIC));
            }
            add(paragraph);
        }

        private void sourcesList() {
            if (citationNumbers.isEmpty()) {
                return;
            }
            heading("sources");
            citationNumbers.forEach((entry, number) -> {
                String label = sources.labelOf(entry).orElseGet(() -> format("source.unknown"));
                add(paragraph("[" + number + "] " + label, Fonts.SMALL));
            });
        }

        private String disclaimer(String key) {
            String specific = "disclaimer." + key;
            return format(text.containsKey(specific) ? specific : "disclaimer.default");
        }

        private void provenance(VisitSummary summary) {
            ZonedDateTime zone = summary.content().visit().appointment();
            String engine = summary.model() == null || summary.model().isBlank()
                    ? summary.engine()
                    : summary.engine() + " (" + summary.model() + ")";
            Paragraph written = paragraph(
                    format(
                            "provenance",
                            engine,
                            date(summary.generatedAt().atZone(zone.getZone())),
                            date(summary.approvedAt().atZone(zone.getZone()))),
                    Fonts.SMALL);
            written.setSpacingBefore(8);
            add(written);
            String fallback = summary.content().fallbackNote();
            if (fallback != null && !fallback.isBlank()) {
                add(paragraph(format("fallback", fallback), Fonts.SMALL));
            }
        }

        private void heading(String key) {
            Paragraph heading = paragraph(format(key), Fonts.HEADING);
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(4);
            add(heading);
        }

        private void subheading(String key) {
            titled(format(key));
        }

        private void titled(String title) {
            Paragraph subheading = paragraph(title, Fonts.BOLD);
            subheading.setSpacingBefore(6);
            add(subheading);
        }

        private void line(String words) {
            add(paragraph(words, Fonts.BODY));
        }

        private void add(Element element) {
            document.add(element);
        }

        private String format(String key, Object... arguments) {
            return label(text, language, key, arguments);
        }

        private String dateTime(ZonedDateTime time) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                            .withLocale(language)
                            .format(time)
                    + " (" + time.getZone().getId() + ")";
        }

        private String date(ZonedDateTime time) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(language)
                    .format(time);
        }
    }

    /** The Liberation Sans fonts that ship with OpenPDF, embedded (subset) in every PDF. */
    private static final class Fonts {

        private static final BaseFont REGULAR = load("LiberationSans-Regular.ttf");
        private static final BaseFont BOLD_FACE = load("LiberationSans-Bold.ttf");
        private static final BaseFont ITALIC_FACE = load("LiberationSans-Italic.ttf");

        static final Font TITLE = new Font(BOLD_FACE, 18);
        static final Font HEADING = new Font(BOLD_FACE, 13);
        static final Font BOLD = new Font(BOLD_FACE, 10.5f);
        static final Font BODY = new Font(REGULAR, 10.5f);
        static final Font ITALIC = new Font(ITALIC_FACE, 10);
        static final Font SMALL = new Font(REGULAR, 8.5f);
        static final Font SMALL_ITALIC = new Font(ITALIC_FACE, 8.5f);

        private static BaseFont load(String file) {
            String resource = "/liberation/" + file;
            try (InputStream in = org.librepdf.openpdf.fonts.Liberation.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The font " + resource + " of openpdf-fonts-extra is missing");
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("The font " + resource + " could not be read", e);
            }
        }
    }
}
