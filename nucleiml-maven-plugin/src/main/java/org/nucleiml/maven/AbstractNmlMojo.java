package org.nucleiml.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Parameters and control flow shared by every {@code nml} goal: skip check, then one runtime call.
 */
abstract class AbstractNmlMojo extends AbstractMojo {

  /** Skips this goal (and, through the user property, every nml goal of the build). */
  @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
  private boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("nml:" + goalName() + " skipped (" + PropertyNames.SKIP + "=true)");
      return;
    }
    run();
  }

  /** The goal name without prefix, as in {@code generate}. */
  abstract String goalName();

  /** The goal's work, after the skip check. */
  abstract void run() throws MojoExecutionException, MojoFailureException;
}
