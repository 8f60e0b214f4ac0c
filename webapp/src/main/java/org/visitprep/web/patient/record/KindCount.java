package org.visitprep.web.patient.record;

/** How many entries of one kind the record holds, with the kind's name in the person's language. */
public record KindCount(String kind, long count) {}
