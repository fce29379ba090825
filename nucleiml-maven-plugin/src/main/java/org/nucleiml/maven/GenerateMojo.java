package org.nucleiml.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Generates labelled RMF training data (samples.csv, dataset.json) for sampled nuclear-matter parameters. */
@Mojo(name = GenerateMojo.GOAL, defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractNmlMojo {

  static final String GOAL = "generate";

  @Override
  String goalName() {
    return GOAL;
  }

  @Override
  void run() throws MojoExecutionException {
    throw new MojoExecutionException("nml:" + GOAL + " is not implemented yet (see the nml:generate issue)");
  }
}
