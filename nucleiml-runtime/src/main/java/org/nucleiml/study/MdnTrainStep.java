package org.nucleiml.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.nucleiml.GateFailedException;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.RuntimeVersion;
import org.nucleiml.emulator.massmodel.MdnMassData;
import org.nucleiml.emulator.massmodel.MdnMassTrainer;
import org.nucleiml.emulator.massmodel.MdnModelFile;
import org.nucleiml.emulator.massmodel.TrainedMdnModel;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.masses.ChartFeatures;
import org.nucleiml.masses.Nuclide;
import org.nucleiml.masses.TableFormat;
import org.nucleiml.masses.TableSource;
import org.nucleiml.masses.Ws4Entry;
import org.nucleiml.masses.Ws4Table;
import org.nucleiml.study.config.MdnModelEntry;

/**
 * nml:train-masses for [S004] mixture density models: trains each model on its mass-excess data set
 * with the Garvey-Kelson penalty over the data set's chart, checks that every predicted width of the
 * mass table is finite and above the model's {@code minSigmaKeV} (a collapsed or NaN sigma fails the
 * step and writes no table), then writes the model files, learning curves (L1, L2, L_total and the RMS
 * on the unseen nuclei per recorded epoch), the mass table with a sigma column per model, an index and
 * the released zip. The fingerprint holds the models and the data sets' SHA-256s; threads and paths are
 * run facts (run-info.json only).
 */
public final class MdnTrainStep {

  /** Curve points per run at most (plus the first and last epoch). */
  static final int CURVE_POINTS = 2000;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final List<MdnModelEntry> models;
  private final Path outputDirectory;
  private final int minZ;
  private final int minN;
  private final int threads;
  private final Consumer<String> log;

  /**
   * @param models the models, ids distinct
   * @param outputDirectory where the files go
   * @param minZ smallest Z of the mass table
   * @param minN smallest N of the mass table
   * @param threads worker threads (never changes an output)
   * @param log status lines
   */
  public MdnTrainStep(List<MdnModelEntry> models, Path outputDirectory, int minZ, int minN, int threads,
      Consumer<String> log) {
    this.models = List.copyOf(models);
    this.outputDirectory = outputDirectory;
    this.minZ = minZ;
    this.minN = minN;
    this.threads = threads;
    this.log = log;
  }

  StepFingerprint fingerprint(Map<Path, MassDataset> datasets, TableSource.LoadedTable ws4) {
    StepFingerprint.Builder b = StepFingerprint.builder("train-masses", RuntimeVersion.fingerprint())
        .parameter("minZ", minZ).parameter("minN", minN).input("table.ws4", ws4.sha256());
    for (MdnModelEntry m : models) {
      b.parameter("model." + m.id(), m.describe());
      MassDataset d = MassDataset.of(datasets, m.dataset());
      b.input("dataset." + d.name(), d.sha256());
    }
    return b.build();
  }

  /** Trains and writes unless the outputs are up to date. */
  public StepRunner.Outcome run(Optional<BuildCache> cache) throws IOException, InterruptedException {
    Map<Path, MassDataset> datasets = MassDataset.readAll(models.stream().map(MdnModelEntry::dataset).toList(),
        "mass_excess");
    TableSource.LoadedTable ws4Source = TableSource.bundled(TableFormat.WS4).load();
    Ws4Table ws4 = ws4Source.ws4Table("ws4");
    return new StepRunner(log, cache).run(fingerprint(datasets, ws4Source), outputDirectory, () -> {
      long start = System.nanoTime();
      List<TrainedMdnModel> trained = new ArrayList<>();
      List<String> outputs = new ArrayList<>();
      Map<String, byte[]> files = new TreeMap<>();
      for (MdnModelEntry m : models) {
        MassDataset d = MassDataset.of(datasets, m.dataset());
        TrainedMdnModel t = train(m, d);
        trained.add(t);
        files.put(MassTrainStep.modelFile(t.id()), MdnModelFile.encode(t));
        AtomicFiles.writeString(outputDirectory.resolve(MassTrainStep.curveFile(t.id())), curve(t));
        outputs.add(MassTrainStep.curveFile(t.id()));
      }
      files.put(MassTrainStep.MASS_TABLE, massTable(trained, ws4).getBytes(StandardCharsets.UTF_8));
      files.put(MassTrainStep.INDEX, index(datasets).getBytes(StandardCharsets.UTF_8));
      double seconds = MassTrainStep.writeRelease(outputDirectory, files, outputs, start, threads);
      log.accept(String.format(Locale.ROOT, "nml:train-masses trained %d MDN models in %.0f s on %d threads; wrote %s",
          trained.size(), seconds, threads, outputDirectory.resolve(MassTrainStep.ZIP)));
      return outputs;
    });
  }

  private TrainedMdnModel train(MdnModelEntry m, MassDataset d) throws InterruptedException {
    if (!d.table().featureColumns().contains("mumpower:Z")) {
      throw new InvalidParameterException("models[" + m.id() + "].dataset", d.name(),
          "a data set with the mumpower feature set");
    }
    MdnMassData data = MdnMassData.of(ChartFeatures.MUMPOWER, d.table());
    int epochs = m.definition().epochs();
    int every = Math.max(1, epochs / CURVE_POINTS);
    int logEvery = Math.max(1, epochs / 10);
    try {
      String[] names = new String[m.definition().members()];
      for (int k = 0; k < names.length; k++) {
        names[k] = names.length == 1 ? m.id() : m.id() + " member " + k;
      }
      return MdnMassTrainer.train(m.definition(), data, threads, every, (member, p) -> {
        if (p.epoch() % logEvery == 0) {
          log.accept(String.format(Locale.ROOT, "%s: epoch %d, L1 %.4g, L2 %.4g, total %.4g, rest RMS %.0f keV",
              names[member], p.epoch(), p.likelihoodLoss(), p.penalty(), p.totalLoss(),
              1000 * p.rmsMeV().getOrDefault("rest", Double.NaN)));
        }
      });
    } catch (IllegalStateException e) {
      throw new GateFailedException("models[" + m.id() + "]", "model " + m.id() + " failed: " + e.getMessage()
          + "; no mass table written", List.of());
    }
  }

  /**
   * {@code epoch,L1,L2,L_total,learning_rate,rms_<set>_keV...} of the recorded epochs after a line with
   * the kept epoch; for M > 1 members a first column {@code member} and the kept epoch of each.
   */
  private static String curve(TrainedMdnModel t) {
    List<TrainedMdnModel.Member> members = t.members();
    boolean single = members.size() == 1;
    StringBuilder sb = new StringBuilder(single ? "# kept epoch (lowest L_total): " + members.get(0).keptEpoch()
        : "# kept epoch (lowest L_total) per member: " + String.join(", ",
            members.stream().map(m -> String.valueOf(m.keptEpoch())).toList()));
    sb.append('\n');
    List<MdnMassTrainer.Point> first = members.get(0).curve();
    List<String> sets = first.isEmpty() ? List.of() : new ArrayList<>(first.get(0).rmsMeV().keySet());
    sb.append(single ? "" : "member,").append("epoch,L1,L2,L_total,learning_rate");
    sets.forEach(s -> sb.append(",rms_").append(s).append("_keV"));
    sb.append('\n');
    for (int k = 0; k < members.size(); k++) {
      for (MdnMassTrainer.Point p : members.get(k).curve()) {
        sb.append(single ? "" : k + ",").append(p.epoch()).append(',').append(num(p.likelihoodLoss())).append(',')
            .append(num(p.penalty())).append(',').append(num(p.totalLoss())).append(',').append(num(p.learningRate()));
        sets.forEach(s -> sb.append(',').append(String.format(Locale.ROOT, "%.1f", 1000 * p.rmsMeV().get(s))));
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * {@code Z,N,A,excess_ws4_MeV,excess_<id>_MeV,sigma_<id>_MeV...}: every WS4 nucleus with Z >= minZ and
   * N >= minN, in (Z, N) order, to 1 eV. Fails, naming the nucleus, where a sigma is not finite or below
   * the model's minSigmaKeV.
   */
  private String massTable(List<TrainedMdnModel> trained, Ws4Table ws4) {
    List<Ws4Entry> entries = ws4.entries().stream()
        .filter(e -> e.nuclide().z() >= minZ && e.nuclide().n() >= minN)
        .sorted((a, b) -> a.nuclide().compareTo(b.nuclide())).toList();
    StringBuilder sb = new StringBuilder("Z,N,A,excess_ws4_MeV");
    for (TrainedMdnModel t : trained) {
      sb.append(",excess_").append(t.id()).append("_MeV,sigma_").append(t.id()).append("_MeV");
    }
    sb.append('\n');
    List<String> failures = new ArrayList<>();
    for (Ws4Entry e : entries) {
      Nuclide nu = e.nuclide();
      sb.append(nu.z()).append(',').append(nu.n()).append(',').append(nu.a()).append(',')
          .append(mev(e.theoreticalMassExcessMeV()));
      for (int i = 0; i < trained.size(); i++) {
        TrainedMdnModel.Prediction p = trained.get(i).predict(nu.z(), nu.n());
        double min = models.get(i).minSigmaKeV();
        if ((!Double.isFinite(p.excessMeV()) || !Double.isFinite(p.sigmaMeV()) || !(1000 * p.sigmaMeV() >= min))
            && failures.size() < 5) {
          failures.add(String.format(Locale.ROOT, "model %s at Z=%d N=%d: mean %s MeV, sigma %s keV (required: finite, "
              + "sigma >= minSigmaKeV = %s)", trained.get(i).id(), nu.z(), nu.n(), p.excessMeV(),
              1000 * p.sigmaMeV(), min));
        }
        sb.append(',').append(mev(p.excessMeV())).append(',').append(mev(p.sigmaMeV()));
      }
      sb.append('\n');
    }
    if (!failures.isEmpty()) {
      throw new GateFailedException("minSigmaKeV", "an MDN's predicted sigma collapsed or is not finite; no mass table "
          + "written (lower the learning rate, or check the data set)", failures);
    }
    return sb.toString();
  }

  private String index(Map<Path, MassDataset> datasets) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", "nml-mass-models");
    root.put("version", 1);
    ObjectNode domain = root.putObject("mass_table_domain");
    domain.put("table", "ws4");
    domain.put("min_z", minZ);
    domain.put("min_n", minN);
    ArrayNode list = root.putArray("models");
    for (MdnModelEntry m : models) {
      ObjectNode o = list.addObject();
      o.put("id", m.id());
      o.put("type", "mdn");
      o.put("file", MassTrainStep.modelFile(m.id()));
      o.put("feature_set", "mumpower");
      o.put("prediction", "mass excess = mixture mean, MeV; sigma = mixture standard deviation, MeV");
      MassDataset d = MassDataset.of(datasets, m.dataset());
      o.put("dataset", d.name());
      o.put("dataset_nuclei_sha256", d.sha256());
      o.put("schedule", m.schedule());
      o.put("definition", m.definition().describe());
    }
    root.put("runtime_version", RuntimeVersion.get());
    return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
  }

  /** The trained models by id, read from {@code dir}. */
  static Map<String, TrainedMdnModel> read(Path dir, List<MdnModelEntry> models) throws IOException {
    Map<String, TrainedMdnModel> read = new LinkedHashMap<>();
    for (MdnModelEntry m : models) {
      read.put(m.id(), MdnModelFile.read(MassTrainStep.existingModelFile(dir, m.id())));
    }
    return read;
  }

  private static String mev(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  private static String num(double v) {
    return Double.toString(v);
  }
}
