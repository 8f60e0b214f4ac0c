package org.visitprep.web.summary;

import java.io.Serializable;
import java.util.List;

/**
 * A section of a summary: its stored name (e.g. {@code agenda}, {@code changes}), titled by the page in the reader's
 * language, and its sentences in order.
 */
public record SectionView(String name, List<SentenceView> sentences) implements Serializable {

    public SectionView {
        sentences = List.copyOf(sentences);
    }
}
