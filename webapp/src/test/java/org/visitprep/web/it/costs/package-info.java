/** Browser tests of "My care and its costs": the period's care by category and the plan comparison, EN and FR. */
package org.visitprep.web.it.costs;
