package org.nucleiml.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Trains the emulator (admissibility classifier and BE/Rch regressor) and packages it as an artifact. */
@Mojo(name = TrainMojo.GOAL, defaultPhase = LifecyclePhase.COMPILE, threadSafe = true)
public class TrainMojo extends AbstractNmlMojo {

  static final String GOAL = "train";

  @Override
  String goalName() {
    return GOAL;
  }

  @Override
  void run() throws MojoExecutionException {
    throw new MojoExecutionException("nml:" + GOAL + " is not implemented yet (see the nml:train issue)");
  }
}
