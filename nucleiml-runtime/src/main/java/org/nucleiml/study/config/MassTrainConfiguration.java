package org.nucleiml.study.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.cluster.Engine;
import org.nucleiml.cluster.MemberOutputs;
import org.nucleiml.study.DtenTrainStep;
import org.nucleiml.study.MassTrainStep;
import org.nucleiml.study.MdnTrainStep;
import org.nucleiml.study.SlurmMassTraining;

/**
 * Configuration of the mass-model training step (nml:train-masses, {@code nml train-masses}): the
 * named models, the output directory, the mass table's domain and the engine (this machine, or one
 * Slurm array task per model and a merge job). The Slurm engine's tasks and merge job are this same
 * configuration with {@link #member} or {@link #mergeFrom} set.
 */
public final class MassTrainConfiguration implements StepConfiguration {

  /** The goal and command name. */
  public static final String GOAL = "train-masses";
  /** Smallest Z of the mass table (the [S003] domain Z > 20). */
  public static final String DEFAULT_MIN_Z = "21";
  /** Smallest N of the mass table (the [S003] domain N > 20). */
  public static final String DEFAULT_MIN_N = "21";

  /** Seconds between two progress lines of a DTEN member. */
  static final int PROGRESS_SECONDS = 30;

  private final List<MassModelEntry> models = new ArrayList<>();
  private final List<MdnModelEntry> mdnModels = new ArrayList<>();
  private final List<DtenModelEntry> dtenModels = new ArrayList<>();
  private Path outputDirectory;
  private int minZ = Integer.parseInt(DEFAULT_MIN_Z);
  private int minN = Integer.parseInt(DEFAULT_MIN_N);
  private Engine engine = Engine.LOCAL;
  private Integer member;
  private Path membersDirectory;
  private Path mergeFrom;

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

  /** Adds a [S002] density-to-energy network ensemble (type dten). */
  public MassTrainConfiguration dtenModel(DtenModelEntry model) {
    dtenModels.add(model);
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

  /** {@code local} (this machine, default) or {@code slurm} (one array task per model and a merge job). */
  public MassTrainConfiguration engine(Engine value) {
    engine = Objects.requireNonNull(value, "engine");
    return this;
  }

  /**
   * Trains only model {@code index} (0-based, in the order of the models) into
   * {@code membersDirectory/member-<index>}, with a completion marker: what one Slurm array task does.
   */
  public MassTrainConfiguration member(int index, Path membersDirectory) {
    this.member = index;
    this.membersDirectory = membersDirectory;
    return this;
  }

  /** Joins the models trained by {@link #member} runs found in {@code membersDirectory} into the outputs. */
  public MassTrainConfiguration mergeFrom(Path membersDirectory) {
    this.mergeFrom = membersDirectory;
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

  /** Whether the models are DTEN models (then the only type of this execution). */
  static boolean checkedDten(List<MassModelEntry> models, List<MdnModelEntry> mdnModels,
      List<DtenModelEntry> dtenModels) {
    if (dtenModels.isEmpty()) {
      return false;
    }
    if (!models.isEmpty() || !mdnModels.isEmpty()) {
      String other = models.isEmpty() ? mdnModels.get(0).id() + " (mdn)" : models.get(0).id() + " (fcnn)";
      throw new InvalidParameterException("models", dtenModels.get(0).id() + " (dten) and " + other,
          "models of one type per execution (declare a second execution for the other type)");
    }
    List<String> seen = new ArrayList<>();
    for (DtenModelEntry m : dtenModels) {
      if (seen.contains(m.id())) {
        throw new InvalidParameterException("models", m.id(), "distinct model ids");
      }
      seen.add(m.id());
    }
    return true;
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
    if (checkedDten(models, mdnModels, dtenModels)) {
      if (engine.slurm() || member != null || mergeFrom != null) {
        throw new InvalidParameterException("engine", engine.slurm() ? "slurm" : "member/merge",
            "local for <type>dten</type> models (Slurm array tasks train fcnn models only)");
      }
      new DtenTrainStep(dtenModels, outputDirectory, context.threads(), context.info(),
          java.time.Duration.ofSeconds(PROGRESS_SECONDS)).run(context.cache());
      return;
    }
    if (checkedTypes(models, mdnModels)) {
      if (engine.slurm() || member != null || mergeFrom != null) {
        // members and merges are written for the fcnn step's files; an MDN run stays on one machine for now
        throw new InvalidParameterException("engine", engine.slurm() ? "slurm" : "member/merge",
            "local for <type>mdn</type> models (Slurm array tasks train fcnn models only)");
      }
      new MdnTrainStep(checkedMdn(mdnModels), outputDirectory, minZ, minN, context.threads(), context.info())
          .run(context.cache());
      return;
    }
    if (member != null && mergeFrom != null) {
      throw new InvalidParameterException("member", member, "either a member or a merge, not both");
    }
    MassTrainStep step = new MassTrainStep(checked(models), outputDirectory, minZ, minN, context.threads(),
        context.info());
    if (member != null) {
      step.trainMember(member, new MemberOutputs(Objects.requireNonNull(membersDirectory, "membersDirectory")));
    } else if (mergeFrom != null) {
      step.merge(new MemberOutputs(mergeFrom));
    } else if (engine.slurm()) {
      new SlurmMassTraining(step, outputDirectory, engine.directory(outputDirectory, GOAL), minZ, minN,
          engine.options(), context.cache(), context.info()).run();
    } else {
      step.run(context.cache());
    }
  }
}
