package org.visitprep.web.summary;

import java.io.Serializable;
import java.util.List;
import org.visitprep.summary.draft.SectionKind;
import org.visitprep.summary.draft.SummarySentence;

/** A section of a summary: its kind, titled by the page in the reader's language, and its sentences in order. */
public record SectionView(SectionKind kind, List<SummarySentence> sentences) implements Serializable {

    public SectionView {
        sentences = List.copyOf(sentences);
    }

    /** The kind's name, for message keys ({@code section.NEEDS_ATTENTION}) and page logic. */
    public String name() {
        return kind.name();
    }

    /** Whether the reader sees it at first; the others open with one click. */
    public boolean isOpenAtFirst() {
        return kind.isOpenAtFirst();
    }
}
