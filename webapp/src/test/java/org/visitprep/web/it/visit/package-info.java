/**
 * Browser tests of preparing a visit, its summary, sharing it and the clinician's plain read view, with the page
 * objects of those screens named for what a person sees on them.
 */
package org.visitprep.web.it.visit;
