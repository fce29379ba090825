package org.nucleiml.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.ProgressMeter;
import org.nucleiml.RuntimeVersion;
import org.nucleiml.emulator.network.ParallelChunks;
import org.nucleiml.emulator.network.dten.DtenData;
import org.nucleiml.emulator.network.dten.DtenEnsemble;
import org.nucleiml.emulator.network.dten.DtenEnsembleFile;
import org.nucleiml.emulator.network.dten.DtenMember;
import org.nucleiml.emulator.network.dten.DtenModelFile;
import org.nucleiml.emulator.network.dten.DtenNetwork;
import org.nucleiml.emulator.network.dten.DtenPlan;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.masses.MassTable;
import org.nucleiml.masses.TableFormat;
import org.nucleiml.masses.TableSource;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.study.chart.ChartProfiles;
import org.nucleiml.study.chart.ChartRow;
import org.nucleiml.study.config.DtenModelEntry;

/**
 * nml:train-masses for [S002] density-to-energy networks: for each model, trains its M members on the
 * converged chart nuclei with an AME2020 binding energy (training set of the seeded 8:2 split; the
 * validation set picks each member's kept epoch, drives the plateau schedule and gives the
 * inverse-variance weights), then writes per model an ensemble file and M member files, a learning
 * curve per member, the mass table (predicted B for every converged chart nucleus), an index and the
 * released zip. A finished member is kept under {@code .nml-work/dten} under a fingerprint of what it
 * depends on, so an interrupted run resumes with the next member. The step's fingerprint holds the models
 * and the SHA-256s of the chart files and the AME2020 table; threads and paths are run facts.
 */
public final class DtenTrainStep {

  /** Where finished members wait until the outputs are assembled. */
  static final String WORK = ".nml-work/dten";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final List<DtenModelEntry> models;
  private final Path outputDirectory;
  private final int threads;
  private final Consumer<String> log;
  private final Duration progressInterval;

  /**
   * @param models the models, ids distinct, all on one chart
   * @param outputDirectory where the files go
   * @param threads worker threads (never changes an output)
   * @param log status and progress lines
   * @param progressInterval minimum time between two progress lines of a model
   */
  public DtenTrainStep(List<DtenModelEntry> models, Path outputDirectory, int threads, Consumer<String> log,
      Duration progressInterval) {
    this.models = List.copyOf(models);
    this.outputDirectory = outputDirectory;
    this.threads = threads;
    this.log = log;
    this.progressInterval = progressInterval;
  }

  /** The ensemble file of a model id. */
  public static String ensembleFile(String id) {
    return id + ".ensemble.json";
  }

  /** The prefix of a model's member files: {@code <id>.member-<i>.json}. */
  static String memberPrefix(String id) {
    return id + ".";
  }

  /** The learning curve of member {@code i} of a model. */
  public static String curveFile(String id, int member) {
    return id + ".member-" + member + ".curve.csv";
  }

  /** The chart, the AME2020 table and their SHA-256s: what every model is trained from. */
  record Inputs(ChartProfiles chart, MassTable ame, String ameSha256) {}

  /** Reads the one chart of the models and the bundled AME2020 table. */
  static Inputs load(List<DtenModelEntry> models) throws IOException {
    ChartProfiles chart = null;
    for (DtenModelEntry m : models) {
      ChartProfiles c = ChartProfiles.read(m.chart(), "models[" + m.id() + "].chart");
      if (chart == null) {
        chart = c;
      } else if (!c.chartSha256().equals(chart.chartSha256()) || !c.densitiesSha256().equals(chart.densitiesSha256())) {
        throw new InvalidParameterException("models[" + m.id() + "].chart", m.chart(), "the chart of the other models ("
            + models.get(0).chart() + "): one chart per execution (declare another execution for another chart)");
      }
    }
    if (chart == null) {
      throw new InvalidParameterException("models", "none", "at least one <model>");
    }
    TableSource.LoadedTable ame = TableSource.bundled(TableFormat.AME2020).load();
    return new Inputs(chart, ame.massTable("ame2020"), ame.sha256());
  }

  /** Everything the outputs depend on; paths and threads are deliberately absent. */
  StepFingerprint fingerprint(Inputs in) {
    StepFingerprint.Builder b = StepFingerprint.builder("train-masses", RuntimeVersion.fingerprint())
        .parameter("type", "dten").input("chart.csv", in.chart().chartSha256())
        .input("densities.bin", in.chart().densitiesSha256()).input("table.ame2020", in.ameSha256());
    for (DtenModelEntry m : models) {
      b.parameter("model." + m.id(), m.describe());
    }
    return b.build();
  }

  /** What member {@code i} of {@code m} depends on: not the ensemble size, the other models or paths. */
  static String memberFingerprint(DtenModelEntry m, int i, Inputs in) {
    return StepFingerprint.builder("train-masses-dten-member", RuntimeVersion.fingerprint())
        .parameter("model", m.describeMember()).parameter("member", i).input("chart.csv", in.chart().chartSha256())
        .input("densities.bin", in.chart().densitiesSha256()).input("table.ame2020", in.ameSha256()).build().digest();
  }

  /** Trains and writes unless the outputs are up to date. */
  public StepRunner.Outcome run(Optional<BuildCache> cache) throws IOException, InterruptedException {
    Inputs in = load(models);
    // plans first: a chart grid too short for an architecture fails before any training
    models.forEach(m -> m.plan(in.chart().points(), threads));
    return new StepRunner(log, cache).run(fingerprint(in), outputDirectory, () -> {
      long start = System.nanoTime();
      Map<String, byte[]> files = new TreeMap<>();
      List<String> outputs = new ArrayList<>();
      List<DtenEnsemble> ensembles = new ArrayList<>();
      Map<String, DtenChartData> data = new LinkedHashMap<>();
      for (DtenModelEntry m : models) {
        DtenPlan plan = m.plan(in.chart().points(), threads);
        DtenChartData d = DtenChartData.of(m, in.chart(), in.ame(), plan.architecture());
        data.put(m.id(), d);
        log.accept(String.format(Locale.ROOT, "nml:train-masses %s: %d nuclei (%d train, %d validation), target %s, "
            + "%s on %s, %d parameters, M = %d", m.id(), d.nuclei().size(), d.train().length,
            d.validation().length, m.target().id(), m.architecture(), m.inputs().id(),
            new DtenNetwork(plan.architecture()).parameterCount(), m.members()));
      }
      byte[][] trained = trainMembers(data, in);
      int next = 0;
      for (DtenModelEntry m : models) {
        List<DtenMember> members = new ArrayList<>();
        List<byte[]> memberBytes = new ArrayList<>();
        for (int i = 0; i < m.members(); i++) {
          byte[] bytes = trained[next++];
          members.add(DtenModelFile.decode(bytes, m.id() + " member " + i, threads));
          memberBytes.add(bytes);
          files.put(memberPrefix(m.id()) + DtenEnsembleFile.memberFileName(i), bytes);
          Path curve = work().resolve(memberFingerprint(m, i, in) + ".curve.csv");
          AtomicFiles.writeBytes(outputDirectory.resolve(curveFile(m.id(), i)), Files.readAllBytes(curve));
          outputs.add(curveFile(m.id(), i));
        }
        DtenEnsemble ensemble = new DtenEnsemble(members);
        ensembles.add(ensemble);
        files.put(ensembleFile(m.id()), DtenEnsembleFile.encode(ensemble, memberBytes, memberPrefix(m.id())));
      }
      files.put(MassTrainStep.MASS_TABLE, massTable(ensembles, in).getBytes(StandardCharsets.UTF_8));
      files.put(MassTrainStep.INDEX, index(ensembles, in).getBytes(StandardCharsets.UTF_8));
      double seconds = MassTrainStep.writeRelease(outputDirectory, files, outputs, start, threads);
      deleteWork();
      log.accept(String.format(Locale.ROOT, "nml:train-masses trained %d DTEN ensembles in %.0f s on %d threads; wrote %s",
          models.size(), seconds, threads, outputDirectory.resolve(MassTrainStep.ZIP)));
      return outputs;
    });
  }

  /**
   * Every member's file bytes, models in order and their members in order: whole members in parallel on up to
   * {@code threads} workers of {@code threads / workers} threads each. A member's bytes do not depend
   * on its threads, and one member of the lite network gains only 1.4x from a second thread (batches of
   * 32 rows in chunks of 8), while two members on one thread each use both cores fully.
   */
  private byte[][] trainMembers(Map<String, DtenChartData> data, Inputs in) throws IOException {
    List<DtenModelEntry> owners = new ArrayList<>();
    List<Integer> indices = new ArrayList<>();
    for (DtenModelEntry m : models) {
      for (int i = 0; i < m.members(); i++) {
        owners.add(m);
        indices.add(i);
      }
    }
    int workers = Math.max(1, Math.min(threads, owners.size()));
    int each = Math.max(1, threads / workers);
    byte[][] bytes = new byte[owners.size()][];
    try (ParallelChunks pool = new ParallelChunks(workers)) {
      pool.run(owners.size(), k -> {
        DtenModelEntry m = owners.get(k);
        try {
          bytes[k] = member(m, indices.get(k), m.plan(in.chart().points(), each), data.get(m.id()), in);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return bytes;
  }

  private Path work() {
    return outputDirectory.resolve(WORK);
  }

  /**
   * The bytes of member {@code i}'s file: reused from the work directory when a member with this
   * fingerprint was finished before (an interrupted run), otherwise trained and kept there with its curve.
   */
  private byte[] member(DtenModelEntry m, int i, DtenPlan plan, DtenChartData data, Inputs in) throws IOException {
    String fp = memberFingerprint(m, i, in);
    Path file = work().resolve(fp + ".json");
    Path curve = work().resolve(fp + ".curve.csv");
    if (Files.isRegularFile(file) && Files.isRegularFile(curve)) {
      log.accept("nml:train-masses " + m.id() + " member " + i + ": reusing the finished member " + file.getFileName());
      return Files.readAllBytes(file);
    }
    DtenData train = data.raw().select(data.train());
    DtenData validation = data.raw().select(data.validation());
    ProgressMeter meter = new ProgressMeter("train-masses " + m.id() + " member " + i + ": epochs (cap)", m.epochs(),
        progressInterval, log);
    StringBuilder sb = new StringBuilder("epoch,training_loss,validation_loss\n");
    DtenMember member = DtenMember.train(plan, i, train, validation, e -> {
      sb.append(e.epoch()).append(',').append(e.trainingLoss()).append(',').append(e.validationLoss()).append('\n');
      meter.advance(1, () -> String.format(Locale.ROOT, "epoch %d, training loss %.4g, validation loss %.4g",
          e.epoch(), e.trainingLoss(), e.validationLoss()));
    });
    byte[] bytes = DtenModelFile.encode(member);
    // the curve first: a member file without its curve is not reused
    AtomicFiles.writeString(curve, "# kept epoch (lowest validation loss): " + member.keptEpoch()
        + "; losses: mean A^alpha-weighted squared error of the scaled B/A\n" + sb);
    AtomicFiles.writeBytes(file, bytes);
    log.accept(String.format(Locale.ROOT, "nml:train-masses %s member %d: %d epochs, kept epoch %d, validation RMS "
        + "%.3f MeV", m.id(), i, member.epochs(), member.keptEpoch(), member.validationRmsMeV()));
    return bytes;
  }

  private void deleteWork() throws IOException {
    Path dir = work();
    if (Files.isDirectory(dir)) {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  /**
   * {@code Z,N,A,B_ame2020_MeV,B_<coupling set>_MeV,B_<id>_MeV...}: every converged nucleus of the chart
   * in chart order (the DTEN needs the nucleus' profiles, so only the chart's nuclei have a prediction),
   * B in MeV to 1 eV, AME2020 empty where the table has no value.
   */
  private String massTable(List<DtenEnsemble> ensembles, Inputs in) {
    List<ChartRow> rows = in.chart().converged();
    List<double[]> predicted = new ArrayList<>();
    for (int j = 0; j < models.size(); j++) {
      DtenPlan plan = ensembles.get(j).members().get(0).plan();
      predicted.add(ensembles.get(j).bindingEnergies(DtenChartData.all(in.chart(), plan.architecture()), threads));
    }
    StringBuilder sb = new StringBuilder("Z,N,A,B_ame2020_MeV,B_" + in.chart().couplingSet() + "_MeV");
    models.forEach(m -> sb.append(",B_").append(m.id()).append("_MeV"));
    sb.append('\n');
    for (int r = 0; r < rows.size(); r++) {
      Nucleus nu = rows.get(r).nucleus();
      OptionalDouble ame = in.ame().bindingEnergyMeV(nu.z(), nu.n());
      sb.append(nu.z()).append(',').append(nu.n()).append(',').append(nu.z() + nu.n()).append(',')
          .append(ame.isPresent() ? MassTrainStep.mev(ame.getAsDouble()) : "").append(',')
          .append(MassTrainStep.mev(rows.get(r).bindingEnergyMeV()));
      for (double[] p : predicted) {
        sb.append(',').append(MassTrainStep.mev(p[r]));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private String index(List<DtenEnsemble> ensembles, Inputs in) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", "nml-mass-models");
    root.put("version", 1);
    ObjectNode domain = root.putObject("mass_table_domain");
    domain.put("table", "chart");
    domain.put("nuclei", "the converged nuclei of the chart (" + in.chart().converged().size() + ")");
    ArrayNode list = root.putArray("models");
    for (int j = 0; j < models.size(); j++) {
      DtenModelEntry m = models.get(j);
      DtenEnsemble e = ensembles.get(j);
      ObjectNode o = list.addObject();
      o.put("id", m.id());
      o.put("type", "dten");
      o.put("file", ensembleFile(m.id()));
      o.put("target", m.target() == DtenModelEntry.Target.EXP ? "AME2020 binding energy"
          : "the chart's own " + in.chart().couplingSet() + " binding energy");
      o.put("inputs", m.inputs().id());
      o.put("architecture", m.architecture());
      o.put("parameter_count", new DtenNetwork(e.members().get(0).plan().architecture()).parameterCount());
      o.put("prediction", "B = sum_i w_i A (min + (max - min) y_i), MeV; w_i = inverse-variance weights on validation");
      o.put("definition", m.describe());
      ArrayNode weights = o.putArray("weights");
      for (double w : e.weights()) {
        weights.add(w);
      }
      o.put("coupling_set", in.chart().couplingSet());
      o.put("chart_csv_sha256", in.chart().chartSha256());
      o.put("densities_bin_sha256", in.chart().densitiesSha256());
    }
    root.put("runtime_version", RuntimeVersion.get());
    return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
  }

  /** The ensembles of {@code models} read back from {@code dir} (each member checked against its hash). */
  static Map<String, DtenEnsemble> read(Path dir, List<DtenModelEntry> models, int threads) throws IOException {
    Map<String, DtenEnsemble> read = new LinkedHashMap<>();
    for (DtenModelEntry m : models) {
      if (!Files.isRegularFile(dir.resolve(ensembleFile(m.id())))) {
        throw new InvalidParameterException("modelDirectory", dir, "a directory holding " + ensembleFile(m.id())
            + " (run nml:train-masses with the same models first)");
      }
      read.put(m.id(), DtenEnsembleFile.read(dir, ensembleFile(m.id()), threads));
    }
    return read;
  }
}
