/** Browser tests of the patient's home page: what matters now, after a visit is prepared, shared and opened. */
package org.visitprep.web.it.home;
