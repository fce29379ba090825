package org.nucleiml.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.nucleiml.study.config.FailOnGate;
import org.nucleiml.study.config.MassPredictConfiguration;
import org.nucleiml.study.config.StepConfiguration;

/**
 * Loads a released mass model (the mass-model.zip of nml:train-masses, by Maven coordinates or by file),
 * writes B(Z, N) of every model for the listed nuclei and the nuclei of a data set, scores it on the
 * data set beside WS4, and fails the build on a missed gate such as {@code maxRmsKeV[B-III@test]=306}.
 */
@Mojo(name = MassPredictConfiguration.GOAL, defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public class PredictMassesMojo extends AbstractNmlMojo {

  /** Skips this goal only. */
  @Parameter(property = PropertyNames.PREDICT_MASSES_SKIP, defaultValue = "false")
  private boolean skipPredictMasses;

  /** The release by coordinates {@code groupId:artifactId:version[:classifier]} (classifier mass-model). */
  @Parameter(property = PropertyNames.PREDICT_MASSES_ARTIFACT)
  private String massModelArtifact;

  /** The release by file (zip or nml:train-masses' output directory), used when massModelArtifact is not set. */
  @Parameter(property = PropertyNames.PREDICT_MASSES_MASS_MODEL,
      defaultValue = "${project.build.directory}/nml/mass-models/mass-model.zip")
  private File massModel;

  /** An nml:dataset output directory to predict and score on. */
  @Parameter(property = PropertyNames.PREDICT_MASSES_DATASET)
  private File dataset;

  /** Nuclei to predict, e.g. {@code 132Sn, 208Pb, Ni-78}. */
  @Parameter(property = PropertyNames.PREDICT_MASSES_NUCLEI)
  private String nuclei;

  /** Gates on the data set: {@code <gate>maxRmsKeV[B-III@test]=306</gate>}, maxMaeKeV, maxP95KeV, maxRatio. */
  @Parameter
  private List<String> gates;

  /** Fail the build when a gate is missed (after the files are written); false only warns. */
  @Parameter(property = PropertyNames.PREDICT_MASSES_FAIL_ON_GATE, defaultValue = FailOnGate.DEFAULT)
  private boolean failOnGate;

  /** Where mass-predictions.csv, mass-scores.json and mass-scores.md are written. */
  @Parameter(property = PropertyNames.PREDICT_MASSES_OUTPUT_DIRECTORY,
      defaultValue = "${project.build.directory}/nml/mass-predictions")
  private File outputDirectory;

  /** The current session, for the repository system. */
  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Component
  private RepositorySystem repositorySystem;

  @Override
  boolean skipGoal() {
    return skipPredictMasses;
  }

  @Override
  String goalName() {
    return MassPredictConfiguration.GOAL;
  }

  @Override
  StepConfiguration configuration() throws MojoExecutionException {
    MassPredictConfiguration c = new MassPredictConfiguration().massModel(release())
        .dataset(dataset == null ? null : dataset.toPath()).outputDirectory(outputDirectory.toPath())
        .failOnGate(failOnGate);
    if (nuclei != null && !nuclei.isBlank()) {
      c.nuclei("nuclei", nuclei);
    }
    if (gates != null) {
      gates.forEach(c::gate);
    }
    return c;
  }

  /** The release: resolved from its Maven coordinates when given, else the file. */
  private Path release() throws MojoExecutionException {
    if (massModelArtifact == null || massModelArtifact.isBlank()) {
      return massModel.toPath();
    }
    Path zip = ArtifactCoordinates.parse("massModelArtifact", massModelArtifact, MassPredictConfiguration.CLASSIFIER)
        .resolve(MassPredictConfiguration.GOAL, repositorySystem, session.getRepositorySession(),
            project().getRemoteProjectRepositories());
    getLog().info("nml:" + MassPredictConfiguration.GOAL + " uses mass model " + massModelArtifact + " (" + zip + ")");
    return zip;
  }
}
