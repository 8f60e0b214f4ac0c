/**
 * The printed form of an approved visit summary: a PDF on A4 or Letter paper, in the patient's language, with the
 * agenda, the sentences with numbered citation markers, the list of sources, and the disclaimer. Fonts ship with the
 * application and are embedded, so accents print the same everywhere; nothing is fetched at run time.
 */
package org.visitprep.visit.print;
