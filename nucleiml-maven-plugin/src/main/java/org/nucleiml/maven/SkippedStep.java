package org.nucleiml.maven;

import org.nucleiml.study.config.StepConfiguration;
import org.nucleiml.study.config.StepContext;

/** The configuration of a goal skipped by its own skip property: runs nothing. */
final class SkippedStep implements StepConfiguration {

  private final String goal;

  SkippedStep(String goal) {
    this.goal = goal;
  }

  @Override
  public String goal() {
    return goal;
  }

  @Override
  public void run(StepContext context) {
    // skipped by the goal's skip property: nothing to do
  }
}
