package org.nucleiml.study.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.AdamOptimizer;
import org.nucleiml.emulator.network.LearningRateSchedule;
import org.nucleiml.emulator.network.dten.DtenArchitecture;
import org.nucleiml.emulator.network.dten.DtenPlan;

/**
 * One [S002] density-to-energy network ensemble of a study ({@code <model><type>dten</type>...}): M
 * DTENs on the converged nuclei of a chart written by nml:generate mode {@code chart}, inverse-variance
 * weighted on the validation set. The same entry configures nml:train-masses and nml:validate-masses.
 *
 * <p>The nuclei are the converged chart nuclei with an AME2020 binding energy (the same set for both
 * targets, so the variants of the spec's section 5.7 compare on the same nuclei); they are split 8:2 at
 * random from {@code splitSeed} (the spec's section 5.2: one split shared by all members, and by every
 * model with the same chart and split seed).
 *
 * @param id the model's name, e.g. {@code rho-exp}
 * @param chart the output directory of nml:generate mode chart
 * @param target what the network learns
 * @param alpha exponent of the loss weight A^alpha ([S002] Eq. (6): 0, 1 or 2)
 * @param architecture {@code lite} or {@code tableI}
 * @param inputs densities and shell features, or the shell features only (the ablation)
 * @param members ensemble size M
 * @param seed the ensemble's seed; member i draws from (seed, i)
 * @param epochs the epoch cap of each member
 * @param patience plateau patience in epochs
 * @param learningRate initial Adam rate
 * @param batchSize rows per Adam step
 * @param validationFraction share of the nuclei in the validation set
 * @param splitSeed seed of the train/validation split
 */
public record DtenModelEntry(String id, Path chart, Target target, double alpha, String architecture, Inputs inputs,
    int members, long seed, int epochs, int patience, double learningRate, int batchSize, double validationFraction,
    long splitSeed) {

  /** Default ensemble size (the spec's ci profile). */
  public static final int DEFAULT_MEMBERS = 4;
  /** Default epoch cap: the paper's schedule ends by itself (about 300-400 epochs, spec 5.10). */
  public static final int DEFAULT_EPOCHS = 1000;
  /** Default plateau patience ([S002] §III). */
  public static final int DEFAULT_PATIENCE = 50;
  /** Default validation share ([S002] §III: 8:2). */
  public static final double DEFAULT_VALIDATION_FRACTION = 0.2;
  /** Default split seed (the spec's section 5.2). */
  public static final long DEFAULT_SPLIT_SEED = 42;
  private static final List<String> ARCHITECTURES = List.of("lite", "tableI");

  /** The target of the network; configured by {@link #id()}. */
  public enum Target {
    /** AME2020 binding energies ([S002] rho_DFT -> E_exp). */
    EXP,
    /** The chart solver's own binding energies ([S002] rho_DFT -> E_DFT). */
    RMF;

    /** The configuration name: exp or rmf. */
    public String id() {
      return configName(this);
    }
  }

  /** What the network sees; configured by {@link #id()}. */
  public enum Inputs {
    /** X1, X2 and the six density profiles (cells C_1 to C_3). */
    DENSITIES,
    /** X1 and X2 only, no C_3 (the spec's section 5.7 variant 4, x-only). */
    SHELL_ONLY;

    /** The configuration name: densities or shell-only. */
    public String id() {
      return configName(this);
    }
  }

  /** Validates every field, naming {@code models[<id>].<field>}. */
  public DtenModelEntry {
    if (id == null || id.isBlank() || !id.matches("[A-Za-z0-9_.-]+")) {
      throw new InvalidParameterException("models.id", id, "a name of letters, digits, '.', '_' or '-'");
    }
    String where = "models[" + id + "]";
    if (chart == null) {
      throw new InvalidParameterException(where + ".chart", null, "the output directory of nml:generate mode=chart");
    }
    if (!(alpha >= 0 && alpha <= 4)) {
      throw new InvalidParameterException(where + ".alpha", alpha, "a number in [0, 4] ([S002]: 0, 1 or 2)");
    }
    if (!ARCHITECTURES.contains(architecture)) {
      throw new InvalidParameterException(where + ".architecture", architecture, "lite or tableI");
    }
    Checks.positive(where + ".members", members);
    Checks.positive(where + ".epochs", epochs);
    Checks.positive(where + ".patience", patience);
    if (!(learningRate > 0 && learningRate < 1)) {
      throw new InvalidParameterException(where + ".learningRate", learningRate, "a rate in (0, 1), e.g. 1e-3");
    }
    if (batchSize < 2) {
      throw new InvalidParameterException(where + ".batchSize", batchSize, ">= 2 (batch normalisation needs two rows)");
    }
    if (!(validationFraction > 0 && validationFraction < 1)) {
      throw new InvalidParameterException(where + ".validationFraction", validationFraction,
          "a share in (0, 1), e.g. 0.2");
    }
  }

  /** Builds an entry from text fields; null or blank fields take their defaults. */
  public static DtenModelEntry of(String id, Path chart, String target, Double alpha, String architecture,
      String inputs, Integer members, Long seed, Integer epochs, Integer patience, String learningRate,
      Integer batchSize, Double validationFraction, Long splitSeed) {
    String where = "models[" + id + "]";
    double rate;
    try {
      rate = blank(learningRate) ? 1e-3 : Double.parseDouble(learningRate.trim());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(where + ".learningRate", learningRate, "a rate in (0, 1), e.g. 1e-3");
    }
    Target t = blank(target) ? Target.EXP : option(where + ".target", target, Target.values());
    return new DtenModelEntry(id, chart, t,
        alpha == null ? 1.0 : alpha, blank(architecture) ? "lite" : architecture.trim(),
        blank(inputs) ? Inputs.DENSITIES : option(where + ".inputs", inputs, Inputs.values()),
        members == null ? DEFAULT_MEMBERS : members, seed == null ? 42 : seed,
        epochs == null ? DEFAULT_EPOCHS : epochs, patience == null ? DEFAULT_PATIENCE : patience, rate,
        batchSize == null ? 32 : batchSize, validationFraction == null ? DEFAULT_VALIDATION_FRACTION : validationFraction,
        splitSeed == null ? DEFAULT_SPLIT_SEED : splitSeed);
  }

  /**
   * Parses the CLI form {@code type=dten,id=rho-exp,chart=DIR[,target=exp|rmf][,alpha=1][,architecture=lite|tableI]
   * [,inputs=densities|shell-only][,members=4][,seed=42][,epochs=..][,patience=..][,learningRate=1e-3]
   * [,batchSize=32][,validationFraction=0.2][,splitSeed=42]}.
   */
  public static DtenModelEntry parse(String text) {
    Map<String, String> f = new LinkedHashMap<>();
    List<String> known = List.of("type", "id", "chart", "target", "alpha", "architecture", "inputs", "members", "seed",
        "epochs", "patience", "learningRate", "batchSize", "validationFraction", "splitSeed");
    for (String part : text.split(",")) {
      String[] kv = part.split("=", 2);
      if (kv.length != 2 || !known.contains(kv[0].trim())) {
        throw new InvalidParameterException("--model " + text, part, "KEY=VALUE with KEY one of " + known);
      }
      f.put(kv[0].trim(), kv[1].trim());
    }
    return of(f.get("id"), f.containsKey("chart") ? Path.of(f.get("chart")) : null, f.get("target"),
        MdnModelEntry.number(f, "alpha", Double::parseDouble), f.get("architecture"), f.get("inputs"),
        MdnModelEntry.number(f, "members", Integer::parseInt), MdnModelEntry.number(f, "seed", Long::parseLong),
        MdnModelEntry.number(f, "epochs", Integer::parseInt), MdnModelEntry.number(f, "patience", Integer::parseInt),
        f.get("learningRate"), MdnModelEntry.number(f, "batchSize", Integer::parseInt),
        MdnModelEntry.number(f, "validationFraction", Double::parseDouble),
        MdnModelEntry.number(f, "splitSeed", Long::parseLong));
  }

  /** Whether a model of this {@code type} is a DTEN ({@code dten}); other types are checked by their entries. */
  public static boolean isDten(String type) {
    return type != null && type.trim().equals("dten");
  }

  /** Whether a CLI {@code --model} text declares {@code type=dten}. */
  public static boolean isDtenText(String text) {
    for (String part : text.split(",")) {
      String[] kv = part.split("=", 2);
      if (kv.length == 2 && kv[0].trim().equals("type")) {
        return isDten(kv[1]);
      }
    }
    return false;
  }

  /**
   * The training plan on profiles of {@code points} radii: Adam (PyTorch's epsilon), batches of
   * {@code batchSize}, the plateau schedule with reload (factor 0.1, floor 1e-8, [S002] §III) and the
   * epoch cap. Fails naming the chart when its grid is too short for the architecture's pools.
   */
  public DtenPlan plan(int points, int threads) {
    DtenArchitecture base = architecture.equals("tableI") ? DtenArchitecture.tableI() : DtenArchitecture.lite();
    DtenArchitecture a;
    try {
      a = inputs == Inputs.SHELL_ONLY ? base.withoutDensities() : base.withDensityLength(points);
      new org.nucleiml.emulator.network.dten.DtenNetwork(a);
    } catch (InvalidParameterException e) {
      throw new InvalidParameterException("models[" + id + "].chart", points + " radii per profile",
          "at least 144 radii for the " + architecture + " convolutions and pools (the spec's grid: meshStepFm 0.1, "
              + "boxRadiusFm 15, 150 radii)");
    }
    return new DtenPlan(a, alpha, batchSize, new LearningRateSchedule.Plateau(learningRate, patience, 0.1, 1e-8, true),
        epochs, AdamOptimizer.TORCH_EPSILON, seed, threads);
  }

  /** What the fingerprint records: every field but the chart's location. */
  public String describe() {
    return describeMember() + ", members=" + members;
  }

  /** What one member's training depends on besides its index and the chart: every field but the ensemble size. */
  public String describeMember() {
    return String.format(Locale.ROOT, "target=%s, alpha=%s, architecture=%s, inputs=%s, seed=%d, epochs=%d, "
        + "patience=%d, learningRate=%s, batchSize=%d, validationFraction=%s, splitSeed=%d", target.id(), alpha,
        architecture, inputs.id(), seed, epochs, patience, learningRate, batchSize, validationFraction, splitSeed);
  }

  /** The configuration name of an option: its constant in lower case, '_' as '-'. */
  private static String configName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The option named {@code text} (case-insensitive); {@code name} names the parameter in errors. */
  private static <E extends Enum<E>> E option(String name, String text, E[] values) {
    for (E v : values) {
      if (configName(v).equalsIgnoreCase(text.trim())) {
        return v;
      }
    }
    throw new InvalidParameterException(name, text,
        "one of " + java.util.Arrays.stream(values).map(DtenModelEntry::configName).toList());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
