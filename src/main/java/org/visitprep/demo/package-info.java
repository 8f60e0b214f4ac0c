/**
 * The demo population the run command gives the portal: synthetic wellness diaries (an Apple Health export and a
 * nutrition diary) generated from a seed, to sit beside each demo patient's Synthea record.
 *
 * <p>Nothing here is real patient data, and nothing here runs unless the demo is switched on in configuration.
 */
package org.visitprep.demo;
