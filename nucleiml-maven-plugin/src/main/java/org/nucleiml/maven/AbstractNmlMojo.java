package org.nucleiml.maven;

import java.io.File;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.study.BuildCache;

/**
 * Parameters and control flow shared by every {@code nml} goal: skip check, one runtime call, and
 * the translation of runtime failures into Maven failures (bad configuration and failed gates become
 * {@link MojoFailureException}, I/O and unexpected errors {@link MojoExecutionException}).
 */
abstract class AbstractNmlMojo extends AbstractMojo {

  /** Skips this goal (and, through the user property, every nml goal of the build). */
  @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
  private boolean skip;

  /** Worker threads; 0 uses every available core. Results do not depend on it. */
  @Parameter(property = PropertyNames.THREADS, defaultValue = "0")
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
    if (skip) {
      getLog().info("nml:" + goalName() + " skipped (" + PropertyNames.SKIP + "=true)");
      return;
    }
    try {
      run();
    } catch (InvalidParameterException e) {
      throw new MojoFailureException("nml:" + goalName() + " configuration error: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("nml:" + goalName() + " failed on a file: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("nml:" + goalName() + " was interrupted", e);
    }
  }

  /** The goal name without prefix, as in {@code generate}. */
  abstract String goalName();

  /** The goal's work, after the skip check. */
  abstract void run()
      throws MojoExecutionException, MojoFailureException, IOException, InterruptedException;

  /** The thread count to use: the configured one, or every core for 0. */
  int threads() {
    if (threads < 0) {
      throw new InvalidParameterException("threads", threads, "0 (all cores) or a positive integer");
    }
    return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }

  /** The build cache, unless disabled. */
  Optional<BuildCache> buildCache() {
    return buildCacheEnabled ? Optional.of(new BuildCache(buildCache.toPath())) : Optional.empty();
  }

  /** The current project. */
  MavenProject project() {
    return project;
  }
}
