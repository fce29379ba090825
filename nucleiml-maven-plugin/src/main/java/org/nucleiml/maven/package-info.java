/**
 * The {@code nml} Maven goals. Each mojo maps its POM parameters onto the step's runtime configuration
 * ({@code org.nucleiml.study.config}) and nothing else; {@code AbstractNmlMojo} maps runtime failures
 * onto Maven failures in one place.
 */
package org.nucleiml.maven;
