/**
 * VisitPrep's core: what a patient's record is, how a visit is prepared and shared, and how it is kept safe.
 *
 * <p>One package per feature, each with its own layers when it grows. Nothing here knows of HTTP, Faces or
 * sessions: the web module calls the services of these packages and renders what they return.
 */
package org.visitprep;
