package org.visitprep.web.summary;

import java.io.Serializable;
import org.visitprep.summary.agenda.AgendaKind;

/**
 * A line of the patient's agenda that a sentence rests on, in their words.
 *
 * @param position its place among the agenda's items, from 1
 */
public record AgendaLine(AgendaKind kind, int position, String text) implements Serializable {}
