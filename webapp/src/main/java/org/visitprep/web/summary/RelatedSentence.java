package org.visitprep.web.summary;

import java.io.Serializable;
import org.visitprep.summary.draft.SectionKind;

/**
 * A sentence an agenda item points to rather than repeating it: its number (the page's anchor), what it is about in
 * a few words, and the section it stands in.
 */
public record RelatedSentence(int number, String about, SectionKind section) implements Serializable {}
