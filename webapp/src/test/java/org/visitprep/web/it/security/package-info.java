/** Browser tests of the portal's defences against scripts smuggled in through a record. */
package org.visitprep.web.it.security;
