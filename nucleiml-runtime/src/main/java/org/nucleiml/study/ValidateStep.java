package org.nucleiml.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.RuntimeVersion;
import org.nucleiml.data.ExperimentalReference;
import org.nucleiml.data.ExperimentalValues;
import org.nucleiml.data.GenerationConfig;
import org.nucleiml.data.RmfSampleEvaluator;
import org.nucleiml.data.SampleTable;
import org.nucleiml.emulator.Emulator;
import org.nucleiml.emulator.ExactCouplingFilter;
import org.nucleiml.emulator.EmulatorArtifact;
import org.nucleiml.files.ContentHash;
import org.nucleiml.files.RunInfo;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.validation.Gate;
import org.nucleiml.validation.GateResult;
import org.nucleiml.validation.SampleInput;
import org.nucleiml.validation.UnseenNucleusR2;
import org.nucleiml.validation.ValidationInput;
import org.nucleiml.validation.report.ValidationOutcome;
import org.nucleiml.validation.report.ValidationRun;

/**
 * The validate step of a study: scores the trained emulator on the held-out test split and on an
 * independent sample solved with the RMF solver under another seed, then writes the reports. The gates
 * judge the independent sample when there is one (it shares nothing with training), else the test split.
 *
 * <p>The independent sample is a generate step of its own (fingerprinted, resumable, build-cached).
 * The reports are fingerprinted too, but never cached and recorded only when every gate passed, so an
 * "up to date" validation is always a passing one and a failing one runs (and fails) again.
 */
public final class ValidateStep {

  private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(10);

  private final ValidateConfig config;
  private final Consumer<String> log;

  /**
   * @param config the run
   * @param log status lines, including one per gate
   */
  public ValidateStep(ValidateConfig config, Consumer<String> log) {
    this.config = config;
    this.log = log;
  }

  /** Runs the validation unless up to date; returns the outcome, empty when an earlier passing run is current. */
  public Optional<ValidationOutcome> run(Optional<BuildCache> cache) throws IOException, InterruptedException {
    String descriptorHash = ContentHash.of(requireDescriptor());
    requireData();
    Optional<Path> sample = config.validationSamples() == 0 ? Optional.empty() : Optional.of(generateSample(cache));
    StepFingerprint fp = fingerprint(descriptorHash, sample);
    ValidationOutcome[] outcome = new ValidationOutcome[1];
    new StepRunner(log, Optional.empty()).run(fp, config.output(), () -> {
      RunInfo runInfo = RunInfo.start("validate", config.threads());
      outcome[0] = validate(descriptorHash, sample);
      runInfo.put("data", config.data()).put("emulator", config.emulator()).put("output", config.output())
          .write(config.output());
      return outputs(outcome[0]);
    });
    if (outcome[0] != null && !outcome[0].passed()) {
      StepManifest.invalidate(config.output());
    }
    return Optional.ofNullable(outcome[0]);
  }

  private StepFingerprint fingerprint(String descriptorHash, Optional<Path> sample) throws IOException {
    StepFingerprint.Builder b = StepFingerprint.builder("validate", RuntimeVersion.fingerprint())
        .input("samples.csv", ContentHash.of(config.data()))
        .input("emulator.json", descriptorHash)
        .parameter("validationSamples", config.validationSamples())
        .parameter("validationSeed", config.validationSeed())
        .parameter("unseenNuclei", String.join(",", config.unseenNuclei().stream().map(Nucleus::name).toList()))
        .parameter("gates", String.join(" ", config.gates().gates().stream().map(Gate::spec).toList()));
    if (sample.isPresent()) {
      b.input("independent samples.csv", ContentHash.of(sample.get()));
    }
    return b.build();
  }

  /** The descriptor's bytes: emulator.json of the directory, or the zip itself. */
  private Path requireDescriptor() {
    Path e = config.emulator();
    Path descriptor = Files.isDirectory(e) ? e.resolve(EmulatorArtifact.DESCRIPTOR) : e;
    if (!Files.isRegularFile(descriptor)) {
      throw new InvalidParameterException("emulator", e + " (no " + EmulatorArtifact.DESCRIPTOR + " there)",
          "the emulator directory or zip written by nml:train; run nml:train first");
    }
    return descriptor;
  }

  private void requireData() {
    if (!Files.isRegularFile(config.data())) {
      throw new InvalidParameterException("data", config.data(), "the samples.csv the emulator was trained on");
    }
  }

  /** Solves the independent sample (or finds it up to date); returns its samples.csv. */
  private Path generateSample(Optional<BuildCache> cache) throws IOException, InterruptedException {
    DatasetManifest m = DatasetManifest.parse(trainingManifest(), "dataset.json of " + config.data());
    List<Nucleus> nuclei = new ArrayList<>(m.nuclei());
    for (Nucleus u : config.unseenNuclei()) {
      if (nuclei.contains(u)) {
        throw new InvalidParameterException("unseenNuclei", u.name(), "nuclei not in the training data set "
            + m.nuclei().stream().map(Nucleus::name).toList());
      }
      nuclei.add(u);
    }
    GenerationConfig g = new GenerationConfig(m.box(), m.design(), config.validationSamples(),
        config.validationSeed(), nuclei, m.threshold(), config.threads(), 0, 1, m.chunkSize(),
        config.sampleDirectory());
    ExperimentalValues experiment = ExperimentalValues.standard();
    log.accept("independent validation sample: " + g.samples() + " NMP sets, seed " + g.seed() + ", nuclei "
        + nuclei.stream().map(Nucleus::name).toList() + " -> " + g.outputDir());
    new GenerateStep(g, new RmfSampleEvaluator(m.solver(), m.constants()), n -> new ExperimentalReference(
        experiment.bindingEnergy(n).orElse(Double.NaN), experiment.chargeRadius(n).orElse(Double.NaN)),
        log, PROGRESS_INTERVAL).generate(cache);
    return g.samplesFile();
  }

  /** The training data's dataset.json beside samples.csv. */
  private JsonNode trainingManifest() throws IOException {
    Path file = config.data().resolveSibling("dataset.json");
    if (!Files.isRegularFile(file)) {
      throw new InvalidParameterException("data", config.data() + " without dataset.json beside it",
          "a data set written by nml:generate (its dataset.json fixes the independent sample's settings),"
              + " or validationSamples = 0");
    }
    JsonNode manifest = new ObjectMapper().readTree(file.toFile());
    if (manifest.path("seed").asLong() == config.validationSeed()) {
      throw new InvalidParameterException("validationSeed", config.validationSeed(),
          "a seed other than the training data set's (" + manifest.path("seed").asLong() + ")");
    }
    return manifest;
  }

  private ValidationOutcome validate(String descriptorHash, Optional<Path> sample) throws IOException {
    EmulatorArtifact artifact = EmulatorArtifact.load(config.emulator());
    JsonNode descriptor = artifact.descriptor();
    Emulator emulator = filtered(artifact);
    SampleTable table = SampleTable.read(config.data());
    checkSameData(descriptor);
    List<SampleInput> samples = new ArrayList<>();
    List<UnseenNucleusR2> unseen = new ArrayList<>();
    if (sample.isPresent()) {
      samples.add(independent(emulator, SampleTable.read(sample.get()), unseen));
    }
    HeldOutSplit split = HeldOutSplit.of(table, descriptor);
    checkSplit(split, descriptor);
    samples.add(new EmulatorSample(emulator, table).input("test split (seed " + trainingSeed(descriptor) + ")",
        split.classifierTest(), split.regressorTest()));
    log.accept("the gates judge the sample '" + samples.get(0).name() + "'");
    ValidationInput input = ValidationInput.of(samples).withGates(config.gates())
        .withTrainingCurves(TrainingCurves.of(descriptor)).withTables(List.of(), unseen)
        .withProvenance(provenance(descriptorHash, descriptor, sample, split, samples.get(0).name()));
    ValidationOutcome outcome = ValidationRun.write(input, config.output(), log);
    logGates(outcome);
    return outcome;
  }

  private SampleInput independent(Emulator emulator, SampleTable sample, List<UnseenNucleusR2> unseen) {
    EmulatorSample s = new EmulatorSample(emulator, sample);
    int[] trained = s.rows(r -> !config.unseenNuclei().contains(sample.nucleus(r)));
    int[] regression = s.rows(r -> sample.admissible(r) && !config.unseenNuclei().contains(sample.nucleus(r)));
    int[] unseenRows = s.rows(r -> sample.admissible(r) && config.unseenNuclei().contains(sample.nucleus(r)));
    unseen.addAll(UnseenNuclei.rows(config.unseenNuclei(), s.regression(unseenRows), "training data set", log));
    return s.input("independent sample (seed " + config.validationSeed() + ")", trained, regression);
  }

  // The classifier was trained behind the inverse map as an exact pre-filter (TrainStep); predicting
  // without it would score a different classifier. Its masses are those of the training data.
  static Emulator filtered(EmulatorArtifact artifact) {
    return artifact.emulator().withCouplingFilter(ExactCouplingFilter.asTrained(artifact.descriptor()));
  }

  private void checkSameData(JsonNode descriptor) throws IOException {
    String trained = descriptor.path("training").path("dataset").path("sha256").asText();
    if (!trained.equals(ContentHash.of(config.data()))) {
      throw new InvalidParameterException("data", config.data() + " (SHA-256 " + ContentHash.of(config.data()) + ")",
          "the data set the emulator was trained on (SHA-256 " + trained + "); run nml:train again");
    }
  }

  /** The rebuilt test split must have exactly the size training scored, or it is not the same split. */
  private static void checkSplit(HeldOutSplit split, JsonNode descriptor) {
    JsonNode recorded = descriptor.path("training").path("figures").path("classifier").path("testRows");
    if (recorded.isInt() && recorded.asInt() != split.classifierTest().length) {
      throw new IllegalStateException("rebuilt classifier test split has " + split.classifierTest().length
          + " rows but training scored " + recorded.asInt() + "; the split cannot be reproduced");
    }
  }

  private static long trainingSeed(JsonNode descriptor) {
    return descriptor.path("training").path("hyper_parameters").path("seed").asLong();
  }

  private Map<String, Object> provenance(String descriptorHash, JsonNode descriptor, Optional<Path> sample,
      HeldOutSplit split, String primary) throws IOException {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("runtime_version", RuntimeVersion.get());
    // relative to validation.json: the same in every checkout (absolute paths go to run-info.json)
    p.put("data", relative(config.data()));
    p.put("data_sha256", ContentHash.of(config.data()));
    p.put("emulator", relative(config.emulator()));
    p.put("emulator_descriptor_sha256", descriptorHash);
    p.put("training_seed", trainingSeed(descriptor));
    p.put("classifier_test_rows", split.classifierTest().length);
    p.put("regressor_test_rows", split.regressorTest().length);
    if (sample.isPresent()) {
      p.put("validation_seed", config.validationSeed());
      p.put("validation_samples", config.validationSamples());
      p.put("independent_sample_sha256", ContentHash.of(sample.get()));
    }
    p.put("unseen_nuclei", config.unseenNuclei().stream().map(Nucleus::name).toList());
    p.put("gated_sample", primary);
    return p;
  }

  private String relative(Path file) {
    Path from = config.output().toAbsolutePath().normalize();
    return from.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  private void logGates(ValidationOutcome outcome) {
    for (GateResult r : outcome.gates().results()) {
      String verdict = !r.counts() ? "overridden by " + r.overriddenBy().target() : r.passed() ? "passed" : "FAILED";
      log.accept("gate " + verdict + ": " + r.describe());
    }
    log.accept(outcome.gates().message());
  }

  private List<String> outputs(ValidationOutcome outcome) {
    List<String> files = new ArrayList<>();
    Stream.concat(Stream.of(outcome.json(), outcome.predictions(), outcome.markdown(), outcome.html()), outcome.plots().stream())
        .map(p -> config.output().relativize(p).toString()).forEach(files::add);
    return files;
  }
}
