/**
 * The sandbox's settings: public base URL, patient folder, portal URL, registered clients and lifetimes, read once
 * from MicroProfile Config (environment variables such as {@code EHR_BASE_URL} override the built-in defaults).
 */
package org.visitprep.ehr.sandbox.config;
