package org.nucleiml.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.nucleiml.study.config.FailOnGate;
import org.nucleiml.study.config.MassValidateConfiguration;
import org.nucleiml.study.config.StepConfiguration;

/**
 * Scores the trained mass models per model and set (RMS, MAE, p95 in keV) beside WS4, the liquid drop
 * and [S003] Table III, writes mass-validation.json and mass-validation.md, and fails the build on a
 * missed gate such as {@code maxRmsKeV[A-III@test]=250}.
 */
@Mojo(name = MassValidateConfiguration.GOAL, defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public class ValidateMassesMojo extends AbstractNmlMojo {

  /** Skips this goal only. */
  @Parameter(property = PropertyNames.VALIDATE_MASSES_SKIP, defaultValue = "false")
  private boolean skipValidateMasses;

  /** The models, as given to nml:train-masses. */
  @Parameter(required = true)
  private List<MassModelConfiguration> models;

  /** nml:train-masses' output directory. */
  @Parameter(property = PropertyNames.VALIDATE_MASSES_MODEL_DIRECTORY, defaultValue = "${project.build.directory}/nml/mass-models")
  private File modelDirectory;

  /**
   * Gates: {@code <gate>maxRmsKeV[A-III@test]=250</gate>}, maxMaeKeV, maxP95KeV, maxRatio[A-III@test/train];
   * MDN models also minCoverage1Sigma/2Sigma/3Sigma, maxNll, maxGkRmsKeV[piml@S] and
   * gkImprovement[piml@piml-nogk] (GK rms of the model over that of its lambda = 0 ablation).
   */
  @Parameter
  private List<String> gates;

  /** Fail the build when a gate is missed (after the reports are written); false only warns. */
  @Parameter(property = PropertyNames.VALIDATE_MASSES_FAIL_ON_GATE, defaultValue = FailOnGate.DEFAULT)
  private boolean failOnGate;

  /**
   * MDN models: the number of training nuclei, evenly spaced, in the background of the exact Shapley
   * values (spec 4.7); 0 computes none.
   */
  @Parameter(property = PropertyNames.VALIDATE_MASSES_SHAPLEY_BACKGROUND, defaultValue = "100")
  private int shapleyBackground;

  /** MDN models: the set the Shapley values explain; unset: all2020 when the data set has it, else all2016. */
  @Parameter(property = PropertyNames.VALIDATE_MASSES_SHAPLEY_SET)
  private String shapleySet;

  /** Where mass-validation.json and mass-validation.md are written. */
  @Parameter(property = PropertyNames.VALIDATE_MASSES_OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/nml/mass-validation")
  private File outputDirectory;

  @Override
  boolean skipGoal() {
    return skipValidateMasses;
  }

  @Override
  String goalName() {
    return MassValidateConfiguration.GOAL;
  }

  @Override
  StepConfiguration configuration() {
    MassValidateConfiguration c = new MassValidateConfiguration().modelDirectory(modelDirectory.toPath())
        .outputDirectory(outputDirectory.toPath()).failOnGate(failOnGate)
        .shapleyBackground(shapleyBackground).shapleySet(shapleySet);
    for (MassModelConfiguration m : models) {
      if (m.dten()) {
        c.dtenModel(m.toDtenEntry());
      } else if (m.mdn()) {
        c.mdnModel(m.toMdnEntry());
      } else {
        c.model(m.toEntry());
      }
    }
    if (gates != null) {
      gates.forEach(c::gate);
    }
    return c;
  }
}
