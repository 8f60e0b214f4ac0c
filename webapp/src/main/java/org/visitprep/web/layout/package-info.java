/**
 * What every page shares: the signed-in person shown in the header, the navigation for their role, the language
 * of the page, the request log line, and reading the ids pages are asked for.
 */
package org.visitprep.web.layout;
