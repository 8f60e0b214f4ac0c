package org.visitprep.visit.print;

import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;

/** The paper a summary is printed on. */
public enum PaperSize {
    /** 210 × 297 mm, used almost everywhere. */
    A4(PageSize.A4),
    /** 8.5 × 11 in, used in the United States and Canada. */
    LETTER(PageSize.LETTER);

    private final Rectangle page;

    PaperSize(Rectangle page) {
        this.page = page;
    }

    Rectangle page() {
        return new Rectangle(page);
    }

    /** Width in PDF points (1/72 in). */
    public float width() {
        return page.getWidth();
    }

    /** Height in PDF points (1/72 in). */
    public float height() {
        return page.getHeight();
    }
}
