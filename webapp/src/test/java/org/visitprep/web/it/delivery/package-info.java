/** How the portal's pages reach the browser, whatever they show. */
package org.visitprep.web.it.delivery;
