package org.nucleiml.study.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.massmodel.HuangLearningRates;
import org.nucleiml.emulator.massmodel.MassModelDefinition;
import org.nucleiml.emulator.network.LearningRateSchedule;
import org.nucleiml.emulator.network.StoppingRule;
import org.nucleiml.emulator.network.TrainingPlan;
import org.nucleiml.masses.ChartFeatures;
import org.nucleiml.masses.MassBaseline;

/**
 * One named mass model of a study ([S003] Methods I-III), as the POM's {@code <model>} and the CLI's
 * {@code --model} give it: which data set and feature set it learns from, what it predicts, its
 * network and its schedule. The same list configures nml:train-masses and nml:validate-masses.
 *
 * @param id the model's name, e.g. {@code A-III}
 * @param dataset the directory holding nuclei.csv and dataset.json (its name, e.g. {@code caseA}, names
 *     the data set in gates)
 * @param featureSet huang-I, huang-II or huang-III (a column group of nuclei.csv)
 * @param method {@code I}: one output, B; {@code II}/{@code III}: three outputs [B_LD, B, B − B_LD] and
 *     the prediction B_LD + the third output ([S003] Table I and the spec's section 3.4)
 * @param baseline the liquid drop of B_LD: ws-star (Method II) or ws4 (Method III); none for Method I
 * @param hiddenLayers hidden widths, e.g. [80, 40]
 * @param seed fixes initialisation, shuffling and (when the data set has no validation rows) the
 *     validation slice
 * @param schedule {@code ci} (the spec's 3,000-epoch schedule, batch 32), {@code huang-<case>-<method>}
 *     ([S003] Table II learning rates, full batch) or {@code steps:EPOCH:RATE/...} (each rate from its
 *     1-based epoch on, the same form as an MDN's learningRate; e.g. the paper's constant 1e-3 decayed late, measured better for A-III)
 * @param epochs the epoch budget
 * @param batchSize rows per mini-batch, 0 for full batch
 * @param stopping {@code validation} (keep the best validation epoch), {@code fixed} (keep the last) or
 *     {@code threshold:<loss>} (stop when the training loss first falls below it)
 * @param members M networks trained alike from the seeds (seed, k), predicting as the mean of their
 *     outputs (default 1, the paper's single network; see {@link MassModelDefinition#memberSeed})
 */
public record MassModelEntry(String id, Path dataset, ChartFeatures featureSet, String method, MassBaseline baseline,
    List<Integer> hiddenLayers, long seed, String schedule, int epochs, int batchSize, String stopping,
    int members) {

  /** Default seed. */
  public static final String DEFAULT_SEED = "42";
  /** The prefix of an explicit step schedule, {@code steps:EPOCH:RATE/...}. */
  private static final String STEPS = "steps:";

  /** Default schedule. */
  public static final String DEFAULT_SCHEDULE = "ci";
  /** Default stopping rule. */
  public static final String DEFAULT_STOPPING = "validation";
  /** The {@code ci} schedule's epoch budget. */
  public static final int CI_EPOCHS = 3000;
  /** The {@code ci} schedule's batch size. */
  public static final int CI_BATCH = 32;

  /** Validates and builds the definition once, so a bad entry fails before any training. */
  public MassModelEntry {
    if (dataset == null) {
      throw new InvalidParameterException("models[" + id + "].dataset", null, "a directory written by nml:dataset");
    }
    if (!List.of("I", "II", "III").contains(method)) {
      throw new InvalidParameterException("models[" + id + "].method", method, "I, II or III");
    }
    if (method.equals("I") != (baseline == MassBaseline.NONE)) {
      throw new InvalidParameterException("models[" + id + "].baseline", baseline.id(),
          method.equals("I") ? "none for Method I (it predicts B directly)" : "ws-star or ws4 for Method " + method);
    }
    hiddenLayers = List.copyOf(hiddenLayers);
    definition(id, hiddenLayers, seed, schedule, epochs, batchSize, stopping, members);
  }

  /**
   * Builds an entry from text fields; null or blank fields take their defaults.
   *
   * @param method I, II or III; default: the feature set's suffix
   * @param baseline none, ws-star or ws4; default: none (I), ws-star (II), ws4 (III)
   * @param hidden widths separated by ',' ':' or '/', e.g. 80,40
   * @param epochs default 3,000 for ci; required for a paper schedule
   * @param batchSize default 32 for ci, full batch (0) for a paper schedule
   * @param members default 1
   */
  public static MassModelEntry of(String id, Path dataset, String featureSet, String method, String baseline,
      String hidden, Long seed, String schedule, Integer epochs, Integer batchSize, String stopping,
      Integer members) {
    String where = "models[" + id + "]";
    ChartFeatures features = ChartFeatures.parse(where + ".featureSet", featureSet);
    if (!features.id().startsWith("huang-")) {
      throw new InvalidParameterException(where + ".featureSet", featureSet, "huang-I, huang-II or huang-III");
    }
    String m = blank(method) ? features.id().substring("huang-".length()) : method.trim().toUpperCase(Locale.ROOT);
    String b = blank(baseline) ? switch (m) {
      case "II" -> "ws-star";
      case "III" -> "ws4";
      default -> "none";
    } : baseline;
    String s = blank(schedule) ? DEFAULT_SCHEDULE : schedule.trim();
    boolean ci = s.equals(DEFAULT_SCHEDULE);
    if (epochs == null && !ci) {
      throw new InvalidParameterException(where + ".epochs", null, "an epoch budget for schedule " + s);
    }
    return new MassModelEntry(id, dataset, features, m, MassBaseline.parse(where + ".baseline", b),
        parseWidths(where + ".hiddenLayers", hidden), seed == null ? Long.parseLong(DEFAULT_SEED) : seed, s,
        epochs == null ? CI_EPOCHS : epochs, batchSize == null ? (ci ? CI_BATCH : 0) : batchSize,
        blank(stopping) ? DEFAULT_STOPPING : stopping.trim(), members == null ? 1 : members);
  }

  /**
   * Parses the CLI form {@code id=A-III,dataset=DIR,featureSet=huang-III,hidden=80/40[,method=..][,baseline=..]
   * [,seed=..][,schedule=..][,epochs=..][,batchSize=..][,stopping=..][,members=..]}.
   */
  public static MassModelEntry parse(String text) {
    Map<String, String> f = new LinkedHashMap<>();
    for (String part : text.split(",")) {
      String[] kv = part.split("=", 2);
      if (kv.length != 2) {
        throw new InvalidParameterException("--model", text,
            "KEY=VALUE pairs separated by ',' (id, dataset, featureSet, hidden, method, baseline, seed, schedule, "
                + "epochs, batchSize, stopping, members); widths separated by '/'");
      }
      f.put(kv[0].trim(), kv[1].trim());
    }
    List<String> known = List.of("id", "dataset", "featureSet", "hidden", "method", "baseline", "seed", "schedule",
        "epochs", "batchSize", "stopping", "members");
    for (String k : f.keySet()) {
      if (!known.contains(k)) {
        throw new InvalidParameterException("--model " + text, k, "one of " + known);
      }
    }
    return of(f.get("id"), f.containsKey("dataset") ? Path.of(f.get("dataset")) : null, f.get("featureSet"),
        f.get("method"), f.get("baseline"), f.get("hidden"), parseLong("--model seed", f.get("seed")),
        f.get("schedule"), parseInt("--model epochs", f.get("epochs")),
        parseInt("--model batchSize", f.get("batchSize")), f.get("stopping"),
        parseInt("--model members", f.get("members")));
  }

  /**
   * The {@code --model} text that {@link #parse} reads back into this entry, every field written out
   * (the data set as an absolute path), for a Slurm task that must train exactly this model.
   */
  public String option() {
    String dir = dataset.toAbsolutePath().normalize().toString();
    if (dir.contains(",")) {
      throw new InvalidParameterException("models[" + id + "].dataset", dir,
          "a directory whose path has no ',' (the Slurm tasks are given it as a --model option)");
    }
    return "id=" + id + ",dataset=" + dir + ",featureSet=" + featureSet.id() + ",hidden="
        + String.join("/", hiddenLayers.stream().map(String::valueOf).toList()) + ",method=" + method + ",baseline="
        + baseline.id() + ",seed=" + seed + ",schedule=" + schedule + ",epochs=" + epochs + ",batchSize=" + batchSize
        + ",stopping=" + stopping + ",members=" + members;
  }

  /** The network and training of this model. */
  public MassModelDefinition definition() {
    return definition(id, hiddenLayers, seed, schedule, epochs, batchSize, stopping, members);
  }

  private static MassModelDefinition definition(String id, List<Integer> hiddenLayers, long seed, String schedule,
      int epochs, int batchSize, String stopping, int members) {
    MassModelDefinition ci = MassModelDefinition.huangCi(id, hiddenLayers, seed);
    return ci.withTraining(learningRates(id, schedule, ci), stoppingRule(id, epochs, stopping),
        batchSize == 0 ? TrainingPlan.FULL_BATCH : batchSize, epochs).withMembers(members);
  }

  /** Whether the model predicts B − B_LD (Methods II and III). */
  public boolean residual() {
    return !method.equals("I");
  }

  /** The data set's name: the directory's name. */
  public String datasetName() {
    return dataset.getFileName().toString();
  }

  /** What the fingerprint records: every field but the directory's location. */
  public String describe() {
    return "dataset=" + datasetName() + ", featureSet=" + featureSet.id() + ", method=" + method + ", baseline="
        + baseline.id() + ", hidden=" + hiddenLayers + ", seed=" + seed + ", schedule=" + schedule + ", epochs="
        + epochs + ", batchSize=" + batchSize + ", stopping=" + stopping
        // one network keeps the text (and so the fingerprint) it had before members existed
        + (members == 1 ? "" : ", members=" + members);
  }

  private static LearningRateSchedule learningRates(String id, String schedule, MassModelDefinition ci) {
    return switch (schedule) {
      case "ci" -> ci.schedule();
      case "huang-A-I" -> HuangLearningRates.caseAMethodI();
      case "huang-A-II", "huang-A-III" -> HuangLearningRates.caseAMethodsIIandIII();
      case "huang-B-I" -> HuangLearningRates.caseBMethodI();
      case "huang-B-II", "huang-B-III" -> HuangLearningRates.caseBMethodsIIandIII();
      case "huang-C-III" -> HuangLearningRates.caseCMethodIII();
      default -> {
        if (schedule.startsWith(STEPS)) {
          yield MdnModelEntry.rates("models[" + id + "].schedule", schedule.substring(STEPS.length()));
        }
        throw new InvalidParameterException("models[" + id + "].schedule", schedule,
            "ci, huang-<case>-<method> (huang-A-I, huang-A-II, huang-A-III, huang-B-I, huang-B-II, huang-B-III, "
                + "huang-C-III) or steps:EPOCH:RATE/EPOCH:RATE/... from epoch 1 (e.g. steps:1:1e-3/100001:1e-4)");
      }
    };
  }

  private static StoppingRule stoppingRule(String id, int epochs, String stopping) {
    if (stopping.equals("validation")) {
      return new StoppingRule.ValidationBest(epochs, epochs);
    }
    if (stopping.equals("fixed")) {
      return new StoppingRule.FixedEpochs();
    }
    if (stopping.startsWith("threshold:")) {
      try {
        return new StoppingRule.LossThreshold(Double.parseDouble(stopping.substring("threshold:".length())));
      } catch (NumberFormatException e) {
        // falls through to the message below
      }
    }
    throw new InvalidParameterException("models[" + id + "].stopping", stopping,
        "validation, fixed or threshold:<training loss>, e.g. threshold:1.28e-4");
  }

  private static List<Integer> parseWidths(String name, String text) {
    if (blank(text)) {
      throw new InvalidParameterException(name, text, "hidden widths, e.g. 80,40");
    }
    List<Integer> widths = new ArrayList<>();
    for (String w : text.trim().split("[,:/\\s]+")) {
      try {
        widths.add(Integer.parseInt(w));
      } catch (NumberFormatException e) {
        throw new InvalidParameterException(name, text, "positive integers separated by ',' or '/', e.g. 80,40");
      }
    }
    return widths;
  }

  private static Long parseLong(String name, String text) {
    try {
      return text == null ? null : Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, text, "an integer");
    }
  }

  private static Integer parseInt(String name, String text) {
    try {
      return text == null ? null : Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, text, "an integer");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
