package org.nucleiml.study.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nucleiml.GateFailedException;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.study.DtenValidateStep;
import org.nucleiml.study.MassGate;
import org.nucleiml.study.MassValidateStep;
import org.nucleiml.study.MdnShapleyOptions;
import org.nucleiml.study.MdnValidateStep;

/**
 * Configuration of the mass-model validation step (nml:validate-masses, {@code nml validate-masses}):
 * the same models as nml:train-masses, where they were trained, the gates and where the reports go.
 */
public final class MassValidateConfiguration implements StepConfiguration {

  /** The goal and command name. */
  public static final String GOAL = "validate-masses";

  private final List<MassModelEntry> models = new ArrayList<>();
  private final List<MdnModelEntry> mdnModels = new ArrayList<>();
  private final List<DtenModelEntry> dtenModels = new ArrayList<>();
  private final List<MassGate> gates = new ArrayList<>();
  private Path modelDirectory;
  private Path outputDirectory;
  private boolean failOnGate = Boolean.parseBoolean(FailOnGate.DEFAULT);
  private int shapleyBackground = MdnShapleyOptions.DEFAULT_BACKGROUND;
  private String shapleySet;

  @Override
  public String goal() {
    return GOAL;
  }

  /** Adds a model (as given to nml:train-masses). */
  public MassValidateConfiguration model(MassModelEntry model) {
    models.add(model);
    return this;
  }

  /** Adds a [S004] mixture density model (as given to nml:train-masses). */
  public MassValidateConfiguration mdnModel(MdnModelEntry model) {
    mdnModels.add(model);
    return this;
  }

  /** Adds a [S002] density-to-energy network ensemble (as given to nml:train-masses). */
  public MassValidateConfiguration dtenModel(DtenModelEntry model) {
    dtenModels.add(model);
    return this;
  }

  /** Adds a gate, e.g. {@code maxRmsKeV[A-III@test]=250}. */
  public MassValidateConfiguration gate(String gate) {
    gates.add(MassGate.parse(gate));
    return this;
  }

  /** nml:train-masses' output directory. */
  public MassValidateConfiguration modelDirectory(Path dir) {
    this.modelDirectory = dir;
    return this;
  }

  /** Where mass-validation.json and .md go. */
  public MassValidateConfiguration outputDirectory(Path dir) {
    this.outputDirectory = dir;
    return this;
  }

  /** Whether a missed gate fails the run (otherwise it warns). */
  public MassValidateConfiguration failOnGate(boolean value) {
    this.failOnGate = value;
    return this;
  }

  /**
   * MDN models: how many training nuclei form the Shapley background (evenly spaced; default 100, 0: no
   * Shapley values).
   */
  public MassValidateConfiguration shapleyBackground(int count) {
    this.shapleyBackground = count;
    return this;
  }

  /** MDN models: the set whose nuclei the Shapley values explain (default all2020 when present, else all2016). */
  public MassValidateConfiguration shapleySet(String set) {
    this.shapleySet = set;
    return this;
  }

  @Override
  public void run(StepContext context) throws IOException {
    if (modelDirectory == null) {
      throw new InvalidParameterException("modelDirectory", null, "the output directory of nml:train-masses");
    }
    if (outputDirectory == null) {
      throw new InvalidParameterException("outputDirectory", null, "a directory");
    }
    GateFailedException failure = MassTrainConfiguration.checkedDten(models, mdnModels, dtenModels)
        ? new DtenValidateStep(dtenModels, modelDirectory, outputDirectory, gates, context.threads(), context.info()).run()
        : MassTrainConfiguration.checkedTypes(models, mdnModels)
        ? new MdnValidateStep(MassTrainConfiguration.checkedMdn(mdnModels), modelDirectory, outputDirectory, gates,
            new MdnShapleyOptions(shapleyBackground, shapleySet), context.threads(), context.info()).run()
        : new MassValidateStep(MassTrainConfiguration.checked(models), modelDirectory, outputDirectory, gates,
            context.info()).run();
    if (failure != null) {
      FailOnGate.apply(failOnGate, failure, context.warn());
    }
  }
}
