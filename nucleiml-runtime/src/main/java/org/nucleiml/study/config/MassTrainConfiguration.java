package org.nucleiml.study.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.study.MassTrainStep;
import org.nucleiml.study.MdnTrainStep;

/**
 * Configuration of the mass-model training step (nml:train-masses, {@code nml train-masses}): the
 * named models, the output directory and the mass table's domain.
 */
public final class MassTrainConfiguration implements StepConfiguration {

  /** The goal and command name. */
  public static final String GOAL = "train-masses";
  /** Smallest Z of the mass table (the [S003] domain Z > 20). */
  public static final String DEFAULT_MIN_Z = "21";
  /** Smallest N of the mass table (the [S003] domain N > 20). */
  public static final String DEFAULT_MIN_N = "21";

  private final List<MassModelEntry> models = new ArrayList<>();
  private final List<MdnModelEntry> mdnModels = new ArrayList<>();
  private Path outputDirectory;
  private int minZ = Integer.parseInt(DEFAULT_MIN_Z);
  private int minN = Integer.parseInt(DEFAULT_MIN_N);

  @Override
  public String goal() {
    return GOAL;
  }

  /** Adds a model. */
  public MassTrainConfiguration model(MassModelEntry model) {
    models.add(model);
    return this;
  }

  /** Adds a [S004] mixture density model (type mdn). */
  public MassTrainConfiguration mdnModel(MdnModelEntry model) {
    mdnModels.add(model);
    return this;
  }

  /** Where the models, mass table and zip go. */
  public MassTrainConfiguration outputDirectory(Path dir) {
    this.outputDirectory = dir;
    return this;
  }

  /** Smallest Z of the mass table. */
  public MassTrainConfiguration minZ(int value) {
    this.minZ = value;
    return this;
  }

  /** Smallest N of the mass table. */
  public MassTrainConfiguration minN(int value) {
    this.minN = value;
    return this;
  }

  /** The released zip. */
  public Path zip() {
    return outputDirectory.resolve(MassTrainStep.ZIP);
  }

  /** The models, checked: at least one, ids distinct. */
  static List<MassModelEntry> checked(List<MassModelEntry> models) {
    if (models.isEmpty()) {
      throw new InvalidParameterException("models", "none", "at least one <model>");
    }
    List<String> seen = new ArrayList<>();
    for (MassModelEntry m : models) {
      if (seen.contains(m.id())) {
        throw new InvalidParameterException("models", m.id(), "distinct model ids");
      }
      seen.add(m.id());
    }
    return List.copyOf(models);
  }

  /** Whether the models are MDN models; one execution trains models of one type. */
  static boolean checkedTypes(List<MassModelEntry> models, List<MdnModelEntry> mdnModels) {
    if (!models.isEmpty() && !mdnModels.isEmpty()) {
      throw new InvalidParameterException("models", models.get(0).id() + " (fcnn) and " + mdnModels.get(0).id()
          + " (mdn)", "models of one type per execution (declare a second execution for the other type)");
    }
    return !mdnModels.isEmpty();
  }

  /** The MDN models, checked: ids distinct. */
  static List<MdnModelEntry> checkedMdn(List<MdnModelEntry> models) {
    List<String> seen = new ArrayList<>();
    for (MdnModelEntry m : models) {
      if (seen.contains(m.id())) {
        throw new InvalidParameterException("models", m.id(), "distinct model ids");
      }
      seen.add(m.id());
    }
    return List.copyOf(models);
  }

  @Override
  public void run(StepContext context) throws IOException, InterruptedException {
    if (outputDirectory == null) {
      throw new InvalidParameterException("outputDirectory", null, "a directory");
    }
    org.nucleiml.Checks.positive("minZ", minZ);
    org.nucleiml.Checks.positive("minN", minN);
    if (checkedTypes(models, mdnModels)) {
      new MdnTrainStep(checkedMdn(mdnModels), outputDirectory, minZ, minN, context.threads(), context.info())
          .run(context.cache());
      return;
    }
    new MassTrainStep(checked(models), outputDirectory, minZ, minN, context.threads(), context.info())
        .run(context.cache());
  }
}
