package org.nucleiml.maven;

import java.io.File;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.nucleiml.GateFailedException;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.cluster.SlurmException;
import org.nucleiml.inference.mcmc.NoFiniteStartException;
import org.nucleiml.study.BuildCache;
import org.nucleiml.study.config.StepConfiguration;
import org.nucleiml.study.config.StepContext;

/**
 * Parameters and control flow shared by every {@code nml} goal: skip check, the goal's runtime
 * configuration, one run, and the translation of runtime failures into Maven failures (bad
 * configuration, a missed gate, a posterior without a start and a failed Slurm task become
 * {@link MojoFailureException};
 * I/O and programming errors {@link MojoExecutionException}, never a failed gate).
 */
abstract class AbstractNmlMojo extends AbstractMojo {

  /** Skips this goal (and, through the user property, every nml goal of the build). */
  @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
  private boolean skip;

  /** Worker threads; 0 uses every available core. Results do not depend on it. */
  @Parameter(property = PropertyNames.THREADS, defaultValue = StepContext.DEFAULT_THREADS)
  private int threads;

  /** Directory of the local build cache shared by studies on this machine. */
  @Parameter(property = PropertyNames.BUILD_CACHE, defaultValue = "${user.home}/.nml/build-cache")
  private File buildCache;

  /** Whether finished steps are stored in and restored from the build cache. */
  @Parameter(property = PropertyNames.BUILD_CACHE_ENABLED, defaultValue = "true")
  private boolean buildCacheEnabled;

  /** The project the goal runs in. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    String goal = "nml:" + goalName();
    if (skip || skipGoal()) {
      getLog().info(goal + " skipped (" + (skip ? PropertyNames.SKIP : PropertyNames.skipOf(goalName())) + "=true)");
      return;
    }
    try {
      configuration().run(new StepContext(StepContext.threads(threads),
          buildCacheEnabled ? Optional.of(new BuildCache(buildCache.toPath())) : Optional.empty(),
          getLog()::info, getLog()::warn));
      afterRun();
    } catch (InvalidParameterException e) {
      throw new MojoFailureException(goal + " configuration error: " + e.getMessage(), e);
    } catch (GateFailedException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (SlurmException e) {
      // A failed, cancelled or timed-out array task (named with its log), or Slurm refusing the jobs.
      throw new MojoFailureException(goal + " failed: " + e.getMessage(), e);
    } catch (NoFiniteStartException e) {
      throw new MojoFailureException(goal + " failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException(goal + " failed on a file: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException(goal + " was interrupted", e);
    }
  }

  /** The goal name without prefix, as in {@code generate}. */
  abstract String goalName();

  /**
   * Whether this goal alone is skipped: each goal has a parameter bound to the user property
   * {@code nml.<goal>.skip} ({@link PropertyNames#skipOf}), beside {@code nml.skip} for all of them.
   */
  abstract boolean skipGoal();

  /** The goal's runtime configuration, filled from the POM parameters (and nothing else). */
  abstract StepConfiguration configuration() throws MojoExecutionException;

  /** Maven-only work after a successful run, such as attaching an artifact. */
  void afterRun() {
    // most goals have none
  }

  /** The current project. */
  MavenProject project() {
    return project;
  }
}
