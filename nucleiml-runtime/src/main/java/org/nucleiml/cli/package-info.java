/**
 * The {@code nml} command line: one picocli command per task. Step commands map their options onto
 * the step's runtime configuration ({@code org.nucleiml.study.config}) with the same defaults as the
 * Maven goals; {@code CliExceptionHandler} maps every failure to an exit code in one place.
 */
package org.nucleiml.cli;
