package org.nucleiml.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Samples the Bayesian posterior of the nuclear-matter parameters with the emulator or the solver. */
@Mojo(name = PosteriorMojo.GOAL, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class PosteriorMojo extends AbstractNmlMojo {

  static final String GOAL = "posterior";

  @Override
  String goalName() {
    return GOAL;
  }

  @Override
  void run() throws MojoExecutionException {
    throw new MojoExecutionException("nml:" + GOAL + " is not implemented yet (see the nml:posterior issue)");
  }
}
