package org.nucleiml.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Validates the emulator against the RMF solver and fails the build when an accuracy gate is missed. */
@Mojo(name = ValidateMojo.GOAL, defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public class ValidateMojo extends AbstractNmlMojo {

  static final String GOAL = "validate";

  @Override
  String goalName() {
    return GOAL;
  }

  @Override
  void run() throws MojoExecutionException {
    throw new MojoExecutionException("nml:" + GOAL + " is not implemented yet (see the nml:validate issue)");
  }
}
