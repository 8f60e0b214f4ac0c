/**
 * The portal's web layer: Faces views' backing beans, filters and sign-in wiring.
 *
 * <p>Backing beans hold view state only and call the core's EJB services; they never touch an
 * {@code EntityManager} or SQL. Sub-packages follow who uses a screen: {@code patient}, {@code clinician},
 * {@code admin}; {@code security} and {@code layout} serve them all.
 */
package org.visitprep.web;
