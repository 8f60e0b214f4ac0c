/**
 * What every page shares: the signed-in person shown in the header, the navigation for their role, the language
 * of the page, and the request log line.
 */
package org.visitprep.web.layout;
