package org.nucleiml.study.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.massmodel.MdnDefinition;
import org.nucleiml.emulator.network.Activation;
import org.nucleiml.emulator.network.Initialisation;
import org.nucleiml.emulator.network.LearningRateSchedule;
import org.nucleiml.emulator.network.RelationPenalty;

/**
 * One [S004] probabilistic mass model of a study ({@code <model><type>mdn</type>...}): a mixture density
 * network on the {@code mumpower} features of a mass-excess data set, trained with the Garvey-Kelson
 * penalty over the data set. The same entry configures nml:train-masses and nml:validate-masses.
 *
 * @param id the model's name, e.g. {@code piml}
 * @param dataset the directory of nml:dataset (target mass_excess, feature set mumpower)
 * @param definition the network, loss and schedule
 * @param schedule the schedule's name as given ({@code ci}, {@code full}, {@code fast} or {@code custom})
 * @param minSigmaKeV the smallest predicted sigma accepted anywhere in the mass table: below it the
 *     model's widths have collapsed and the step fails instead of writing a table
 */
public record MdnModelEntry(String id, Path dataset, MdnDefinition definition, String schedule, double minSigmaKeV) {

  /** Default hidden layers: six of 8 ([S004] Methods ¶7). */
  public static final String DEFAULT_HIDDEN = "8,8,8,8,8,8";
  /** Default smallest accepted sigma, keV. */
  public static final double DEFAULT_MIN_SIGMA_KEV = 1.0;

  /** Validates. */
  public MdnModelEntry {
    if (dataset == null) {
      throw new InvalidParameterException("models[" + id + "].dataset", null, "a directory written by nml:dataset");
    }
    Checks.positive("models[" + id + "].minSigmaKeV", minSigmaKeV);
  }

  /**
   * Builds an entry from text fields; null or blank fields take their defaults, which depend on the
   * schedule:
   * <ul>
   *   <li>{@code ci}: the spec's ci profile (section 4.8): 60,000 epochs, rate 1e-3, no weight decay;</li>
   *   <li>{@code full}: the paper's schedule ([S004] ¶7, ¶9): 10^7 epochs, rate 2e-4, weight decay 0.01;</li>
   *   <li>{@code fast}: the measured schedule of docs/mass-models.md: rate 1e-2 to epoch 3,000, then
   *       3e-3 to 6,000, then 1e-3, no weight decay, 60,000 epochs, the widths frozen for the first half
   *       of the epochs ({@code sigmaWarmupEpochs});</li>
   *   <li>{@code custom}: {@code learningRate} and {@code epochs} as given.</li>
   * </ul>
   *
   * @param learningRate a rate ({@code 1e-3}) or steps {@code epoch:rate/epoch:rate} from epoch 1,
   *     overriding the schedule's
   */
  public static MdnModelEntry of(String id, Path dataset, String featureSet, String hidden, Long seed, String schedule,
      Integer epochs, String learningRate, Double weightDecay, Integer components, Double lambda, String gkReduction,
      String initialisation, String inputScaling, String activation, Double minSigmaKeV, Integer sigmaWarmupEpochs,
      Integer members) {
    String where = "models[" + id + "]";
    if (!blank(featureSet) && !featureSet.trim().equals("mumpower")) {
      throw new InvalidParameterException(where + ".featureSet", featureSet, "mumpower (type mdn)");
    }
    String s = blank(schedule) ? "ci" : schedule.trim();
    LearningRateSchedule rates;
    int defaultEpochs;
    double defaultDecay;
    switch (s) {
      case "ci" -> {
        rates = new LearningRateSchedule.Constant(1e-3);
        defaultEpochs = 60_000;
        defaultDecay = 0.0;
      }
      case "full" -> {
        rates = new LearningRateSchedule.Constant(2e-4);
        defaultEpochs = 10_000_000;
        defaultDecay = 0.01;
      }
      case "fast" -> {
        rates = new LearningRateSchedule.Steps(List.of(1, 3001, 6001), List.of(1e-2, 3e-3, 1e-3));
        defaultEpochs = 60_000;
        defaultDecay = 0.0;
      }
      case "custom" -> {
        if (blank(learningRate) || epochs == null) {
          throw new InvalidParameterException(where + ".learningRate/epochs", learningRate + "/" + epochs,
              "both, for schedule custom");
        }
        rates = null;
        defaultEpochs = epochs;
        defaultDecay = 0.0;
      }
      default -> throw new InvalidParameterException(where + ".schedule", schedule, "ci, full, fast or custom");
    }
    if (!blank(learningRate)) {
      rates = rates(where + ".learningRate", learningRate);
    }
    int warmup = sigmaWarmupEpochs != null ? sigmaWarmupEpochs
        : s.equals("fast") ? (epochs == null ? defaultEpochs : epochs) / 2 : 0;
    MdnDefinition d = new MdnDefinition(id, widths(where + ".hiddenLayers", blank(hidden) ? DEFAULT_HIDDEN : hidden),
        blank(activation) ? Activation.TANH : Activation.parse(activation), components == null ? 1 : components, 1e-8,
        weightDecay == null ? defaultDecay : weightDecay, rates, epochs == null ? defaultEpochs : epochs,
        blank(initialisation) ? Initialisation.TORCH_DEFAULT
            : enumValue(where + ".initialisation", Initialisation.class, initialisation),
        seed == null ? 42 : seed, lambda == null ? 1.0 : lambda,
        blank(gkReduction) ? RelationPenalty.Reduction.MEAN_ABS
            : enumValue(where + ".gkReduction", RelationPenalty.Reduction.class, gkReduction),
        blank(inputScaling) ? "zscore" : inputScaling.trim(), warmup, members == null ? 1 : members);
    return new MdnModelEntry(id, dataset, d, s, minSigmaKeV == null ? DEFAULT_MIN_SIGMA_KEV : minSigmaKeV);
  }

  /**
   * Parses the CLI form {@code id=piml,dataset=DIR[,hidden=8/8/8][,seed=..][,schedule=ci|full|fast|custom]
   * [,epochs=..][,learningRate=1e-3][,weightDecay=..][,components=..][,lambda=..][,gkReduction=..]
   * [,initialisation=..][,inputScaling=..][,activation=..][,minSigmaKeV=..][,sigmaWarmupEpochs=..][,members=..]}.
   */
  public static MdnModelEntry parse(String text) {
    Map<String, String> f = new LinkedHashMap<>();
    List<String> known = List.of("type", "id", "dataset", "featureSet", "hidden", "seed", "schedule", "epochs",
        "learningRate", "weightDecay", "components", "lambda", "gkReduction", "initialisation", "inputScaling",
        "activation", "minSigmaKeV", "sigmaWarmupEpochs", "members");
    for (String part : text.split(",")) {
      String[] kv = part.split("=", 2);
      if (kv.length != 2 || !known.contains(kv[0].trim())) {
        throw new InvalidParameterException("--model " + text, part, "KEY=VALUE with KEY one of " + known);
      }
      f.put(kv[0].trim(), kv[1].trim());
    }
    return of(f.get("id"), f.containsKey("dataset") ? Path.of(f.get("dataset")) : null, f.get("featureSet"),
        f.get("hidden"), number(f, "seed", Long::parseLong), f.get("schedule"), number(f, "epochs", Integer::parseInt),
        f.get("learningRate"), number(f, "weightDecay", Double::parseDouble),
        number(f, "components", Integer::parseInt), number(f, "lambda", Double::parseDouble), f.get("gkReduction"),
        f.get("initialisation"), f.get("inputScaling"), f.get("activation"),
        number(f, "minSigmaKeV", Double::parseDouble), number(f, "sigmaWarmupEpochs", Integer::parseInt),
        number(f, "members", Integer::parseInt));
  }

  /**
   * Whether a model of this {@code type} is an MDN: {@code mdn} yes; {@code fcnn} or blank (the
   * default, [S003] networks) and {@code dten} ({@link DtenModelEntry}) no; anything else is an error
   * naming the model.
   */
  public static boolean isMdn(String id, String type) {
    if (blank(type) || type.trim().equals("fcnn") || DtenModelEntry.isDten(type)) {
      return false;
    }
    if (type.trim().equals("mdn")) {
      return true;
    }
    throw new InvalidParameterException("models[" + id + "].type", type, "fcnn (default), mdn or dten");
  }

  /** Whether a CLI {@code --model} text declares {@code type=mdn}. */
  public static boolean isMdnText(String text) {
    for (String part : text.split(",")) {
      String[] kv = part.split("=", 2);
      if (kv.length == 2 && kv[0].trim().equals("type")) {
        return isMdn(text, kv[1]);
      }
    }
    return false;
  }

  /** The data set's name: the directory's name. */
  public String datasetName() {
    return dataset.getFileName().toString();
  }

  /** What the fingerprint records: every field but the directory's location. */
  public String describe() {
    return "dataset=" + datasetName() + ", schedule=" + schedule + ", " + definition.describe() + ", minSigmaKeV="
        + minSigmaKeV;
  }

  /** Parses {@code 1e-3} or {@code 1:1e-2/3001:3e-3}. */
  static LearningRateSchedule rates(String name, String text) {
    try {
      if (!text.contains(":")) {
        return new LearningRateSchedule.Constant(Double.parseDouble(text.trim()));
      }
      List<Integer> from = new ArrayList<>();
      List<Double> values = new ArrayList<>();
      for (String part : text.trim().split("/")) {
        String[] er = part.split(":");
        from.add(Integer.parseInt(er[0].trim()));
        values.add(Double.parseDouble(er[1].trim()));
      }
      return new LearningRateSchedule.Steps(from, values);
    } catch (RuntimeException e) {
      if (e instanceof InvalidParameterException ipe) {
        throw ipe;
      }
      throw new InvalidParameterException(name, text, "a rate such as 1e-3 or steps epoch:rate/epoch:rate from epoch 1, "
          + "e.g. 1:1e-2/3001:3e-3");
    }
  }

  private static List<Integer> widths(String name, String text) {
    List<Integer> w = new ArrayList<>();
    for (String s : text.trim().split("[,:/\\s]+")) {
      try {
        w.add(Integer.parseInt(s));
      } catch (NumberFormatException e) {
        throw new InvalidParameterException(name, text, "positive integers separated by ',' or '/', e.g. 8,8,8,8,8,8");
      }
    }
    return w;
  }

  private static <E extends Enum<E>> E enumValue(String name, Class<E> type, String text) {
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(name, text, "one of " + List.of(type.getEnumConstants()));
    }
  }

  /** The number under {@code key} of a parsed CLI {@code --model} text, or null when absent. */
  static <T> T number(Map<String, String> f, String key, java.util.function.Function<String, T> parse) {
    String v = f.get(key);
    try {
      return v == null ? null : parse.apply(v);
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("--model " + key, v, "a number");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
