package org.nucleiml.study.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nucleiml.GateFailedException;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.masses.Nuclide;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.study.MassGate;
import org.nucleiml.study.MassPredictStep;
import org.nucleiml.study.ReleasedMassModel;

/**
 * Configuration of the prediction step (nml:predict-masses, {@code nml predict-masses}): a released
 * mass model (its zip, however the caller found it, e.g. by Maven coordinates), the nuclei to predict
 * and/or a data set to score it on, gates, and where the files go.
 */
public final class MassPredictConfiguration implements StepConfiguration {

  /** The goal and command name. */
  public static final String GOAL = "predict-masses";
  /** The classifier nml:train-masses attaches the release with. */
  public static final String CLASSIFIER = "mass-model";

  private final List<Nuclide> nuclei = new ArrayList<>();
  private final List<MassGate> gates = new ArrayList<>();
  private Path massModel;
  private Path dataset;
  private Path outputDirectory;
  private boolean failOnGate = Boolean.parseBoolean(FailOnGate.DEFAULT);

  @Override
  public String goal() {
    return GOAL;
  }

  /** The release: mass-model.zip or nml:train-masses' output directory. */
  public MassPredictConfiguration massModel(Path zipOrDirectory) {
    this.massModel = zipOrDirectory;
    return this;
  }

  /** An nml:dataset output directory to predict and score on (null: none). */
  public MassPredictConfiguration dataset(Path dir) {
    this.dataset = dir;
    return this;
  }

  /** Adds nuclei written as a list such as {@code 132Sn, 208Pb, Ni-78}. */
  public MassPredictConfiguration nuclei(String parameter, String list) {
    for (Nucleus n : Nucleus.parseList(parameter, list)) {
      nuclei.add(new Nuclide(n.z(), n.n()));
    }
    return this;
  }

  /** Adds a gate on the data set, e.g. {@code maxRmsKeV[B-III@test]=306}. */
  public MassPredictConfiguration gate(String gate) {
    gates.add(MassGate.parse(gate));
    return this;
  }

  /** Where mass-predictions.csv and the scores go. */
  public MassPredictConfiguration outputDirectory(Path dir) {
    this.outputDirectory = dir;
    return this;
  }

  /** Whether a missed gate fails the run (otherwise it warns). */
  public MassPredictConfiguration failOnGate(boolean value) {
    this.failOnGate = value;
    return this;
  }

  @Override
  public void run(StepContext context) throws IOException {
    if (massModel == null) {
      throw new InvalidParameterException("massModel", null,
          "a mass-model.zip (or massModelArtifact groupId:artifactId:version[:classifier])");
    }
    if (outputDirectory == null) {
      throw new InvalidParameterException("outputDirectory", null, "a directory");
    }
    ReleasedMassModel release = ReleasedMassModel.load(massModel);
    context.info().accept("nml:" + GOAL + " loaded " + release);
    GateFailedException failure = new MassPredictStep(release, dataset, nuclei, outputDirectory, gates,
        context.info()).run();
    if (failure != null) {
      FailOnGate.apply(failOnGate, failure, context.warn());
    }
  }
}
