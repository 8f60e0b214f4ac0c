/**
 * How this deployment runs: the {@link org.visitprep.deployment.DeploymentProfile} ({@code VISITPREP_PROFILE},
 * {@code dev} or {@code production}), the development defaults that only the {@code dev} profile reads, and the
 * start-up check that refuses, in production, every dev-only demo value (the published master key, the demo client
 * secret, the test EHR's registration, the demo clinician map).
 *
 * <p>Nothing here reads health data; messages name settings, never their values.
 */
package org.visitprep.deployment;
