/**
 * What the sandbox's own pages and JSON endpoints share: the accessible page layout (language, landmarks, contrast,
 * visible focus), HTML escaping, and JSON answers that are never cached.
 */
package org.visitprep.ehr.sandbox.web;
