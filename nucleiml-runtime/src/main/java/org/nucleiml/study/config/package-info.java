/**
 * One configuration type per study step, owned by the runtime: its defaults, its validation and the
 * factory that runs the step. A Maven mojo maps POM parameters onto it, an {@code nml} command maps
 * options onto it, and neither does anything else, so the two front ends cannot drift apart
 * (docs/configuration.md).
 */
package org.nucleiml.study.config;
