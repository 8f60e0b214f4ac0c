/**
 * The patient's home: what matters now, gathered from the other features for one page — the next visit and how far
 * its preparation is, the results that need attention (the same facts a summary must mention), the summaries shared
 * and who opened them lately. It reads through the other features' services and stores nothing.
 */
package org.visitprep.home;
