package org.nucleiml.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.nucleiml.RuntimeVersion;
import org.nucleiml.cluster.MemberOutputs;
import org.nucleiml.emulator.DeterministicZip;
import org.nucleiml.emulator.massmodel.MassModelFile;
import org.nucleiml.emulator.massmodel.MassModelTrainer;
import org.nucleiml.emulator.massmodel.TrainedMassModel;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.masses.ChartFeatures;
import org.nucleiml.masses.Deformations;
import org.nucleiml.masses.DeformationForm;
import org.nucleiml.masses.Nuclide;
import org.nucleiml.masses.TableFormat;
import org.nucleiml.masses.TableSource;
import org.nucleiml.masses.Ws4Entry;
import org.nucleiml.masses.Ws4Table;
import org.nucleiml.study.config.MassModelEntry;

/**
 * The training step of a mass-model study (nml:train-masses): trains every named model on its data
 * set, then writes one model file and learning curve per model, the mass table (predicted B for every
 * nucleus of the WS4 table in the study's domain), an index, and the released zip of all of them. The
 * fingerprint holds the models, the data sets' SHA-256s and the WS4 table's; the thread count and the
 * output directory are run facts and go to run-info.json only.
 *
 * <p>The models are independent: {@link #trainMember} trains one of them alone (a Slurm array task)
 * and {@link #merge} joins such members into the same outputs as {@link #run}, which assembles them
 * through the same code from the same bytes.
 */
public final class MassTrainStep {

  /** The released zip (classifier mass-model). */
  public static final String ZIP = "mass-model.zip";
  /** Predicted B for every WS4 nucleus of the domain. */
  public static final String MASS_TABLE = "mass-table.csv";
  /** What each model is and what it was trained on. */
  public static final String INDEX = "mass-models.json";
  /** Wall time and threads of the run that wrote the outputs: never hashed or released. */
  public static final String RUN_INFO = "run-info.json";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final List<MassModelEntry> models;
  private final Path outputDirectory;
  private final int minZ;
  private final int minN;
  private final int threads;
  private final Consumer<String> log;

  /**
   * @param models the models, ids distinct
   * @param outputDirectory where the files go
   * @param minZ smallest Z of the mass table (the study's domain)
   * @param minN smallest N of the mass table
   * @param threads worker threads (never changes an output)
   * @param log status lines
   */
  public MassTrainStep(List<MassModelEntry> models, Path outputDirectory, int minZ, int minN, int threads,
      Consumer<String> log) {
    this.models = List.copyOf(models);
    this.outputDirectory = outputDirectory;
    this.minZ = minZ;
    this.minN = minN;
    this.threads = threads;
    this.log = log;
  }

  /** The model file of a model id. */
  public static String modelFile(String id) {
    return id + ".model.json";
  }

  /** The learning-curve file of a model id. */
  public static String curveFile(String id) {
    return id + ".curve.csv";
  }

  /** The inputs every model and the mass table are computed from, read once. */
  record Inputs(Map<Path, MassDataset> datasets, TableSource.LoadedTable ws4Source, Ws4Table ws4) {}

  /** Reads the models' data sets and the bundled WS4 table. */
  Inputs load() throws IOException {
    TableSource.LoadedTable ws4Source = TableSource.bundled(TableFormat.WS4).load();
    return new Inputs(MassDataset.readAll(models.stream().map(MassModelEntry::dataset).toList()), ws4Source,
        ws4Source.ws4Table("ws4"));
  }

  /** The models, in the configured order (model {@code i} is member {@code i}). */
  List<MassModelEntry> models() {
    return models;
  }

  /** Everything the outputs depend on; paths and threads are deliberately absent. */
  StepFingerprint fingerprint(Inputs in) {
    StepFingerprint.Builder b = StepFingerprint.builder("train-masses", RuntimeVersion.fingerprint())
        .parameter("minZ", minZ).parameter("minN", minN)
        .input("table.ws4", in.ws4Source().sha256());
    for (MassModelEntry m : models) {
      b.parameter("model." + m.id(), m.describe());
      MassDataset d = MassDataset.of(in.datasets(), m.dataset());
      b.input("dataset." + d.name(), d.sha256());
    }
    return b.build();
  }

  /**
   * What model {@code i}'s files depend on: its definition and its data set (not the mass table's
   * domain, the other models or the WS4 table). A member computed for anything else is not joined.
   */
  String memberFingerprint(int i, Inputs in) {
    MassModelEntry m = models.get(i);
    return StepFingerprint.builder("train-masses-model", RuntimeVersion.fingerprint()).parameter("id", m.id())
        .parameter("model", m.describe()).input("dataset", MassDataset.of(in.datasets(), m.dataset()).sha256())
        .build().digest();
  }

  /** Trains and writes unless the outputs are up to date. */
  public StepRunner.Outcome run(Optional<BuildCache> cache) throws IOException, InterruptedException {
    Inputs in = load();
    return new StepRunner(log, cache).run(fingerprint(in), outputDirectory, () -> {
      long start = System.nanoTime();
      List<Map<String, byte[]>> members = new ArrayList<>();
      for (int i = 0; i < models.size(); i++) {
        members.add(train(i, in));
      }
      return assemble(members, in, start);
    });
  }

  /**
   * Trains model {@code i} alone (an array task of the Slurm engine) into its member directory, unless
   * that already holds this model complete; its bytes equal those of the same model in a whole run.
   */
  public void trainMember(int i, MemberOutputs members) throws IOException {
    checkMember(i);
    Inputs in = load();
    String fingerprint = memberFingerprint(i, in);
    String id = models.get(i).id();
    if (members.complete(i, fingerprint)) {
      log.accept("nml:train-masses model " + id + " is up to date (" + members.directory(i) + ")");
      return;
    }
    long start = System.nanoTime();
    members.commit(i, fingerprint, train(i, in));
    log.accept(String.format(Locale.ROOT, "nml:train-masses trained model %d (%s) in %.0f s on %d threads; wrote %s",
        i, id, (System.nanoTime() - start) / 1e9, threads, members.directory(i)));
  }

  /**
   * Joins the members trained by {@link #trainMember} into the outputs of a whole run (the merge job of
   * the Slurm engine), recorded under the whole run's fingerprint; fails naming a member that is
   * missing, incomplete or computed for another configuration.
   */
  public StepRunner.Outcome merge(MemberOutputs members) throws IOException, InterruptedException {
    Inputs in = load();
    return new StepRunner(log, Optional.empty()).run(fingerprint(in), outputDirectory, () -> {
      long start = System.nanoTime();
      List<Map<String, byte[]>> files = new ArrayList<>();
      for (int i = 0; i < models.size(); i++) {
        Map<String, byte[]> member = members.read(i, memberFingerprint(i, in));
        if (member == null) {
          throw new org.nucleiml.InvalidParameterException("member " + i + " (model " + models.get(i).id() + ")",
              members.directory(i), "a complete model of this configuration (train it again: nml train-masses "
                  + "--member " + i + " with the same models, or re-run the build)");
        }
        files.add(member);
      }
      return assemble(files, in, start);
    });
  }

  private void checkMember(int i) {
    if (i < 0 || i >= models.size()) {
      throw new org.nucleiml.InvalidParameterException("member", i, "a model index in [0, " + models.size() + ")");
    }
  }

  /** Model {@code i}'s own files: its model file and its learning curve. */
  private Map<String, byte[]> train(int i, Inputs in) {
    MassModelEntry m = models.get(i);
    MassModelTrainer.Job job = new MassModelTrainer.Job(m.definition(),
        MassModelInputs.data(m, MassDataset.of(in.datasets(), m.dataset())));
    TrainedMassModel t = MassModelTrainer.trainAll(List.of(job), threads, log).get(0);
    Map<String, byte[]> files = new TreeMap<>();
    files.put(modelFile(t.id()), MassModelFile.encode(t));
    files.put(curveFile(t.id()), t.curvesCsv().getBytes(StandardCharsets.UTF_8));
    return files;
  }

  /**
   * Writes the outputs from every model's files, whichever engine trained them: the mass table is
   * predicted by the models read back from their files, so it depends only on those bytes.
   */
  private List<String> assemble(List<Map<String, byte[]>> members, Inputs in, long start) throws IOException {
    List<TrainedMassModel> trained = new ArrayList<>();
    Map<String, byte[]> files = new TreeMap<>();
    List<String> outputs = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      String id = models.get(i).id();
      byte[] model = members.get(i).get(modelFile(id));
      trained.add(MassModelFile.decode(model, modelFile(id)));
      files.put(modelFile(id), model);
      AtomicFiles.writeBytes(outputDirectory.resolve(curveFile(id)), members.get(i).get(curveFile(id)));
      outputs.add(curveFile(id));
    }
    files.put(MASS_TABLE, massTable(trained, in.datasets(), in.ws4()).getBytes(StandardCharsets.UTF_8));
    files.put(INDEX, index(in.datasets()).getBytes(StandardCharsets.UTF_8));
    double seconds = writeRelease(outputDirectory, files, outputs, start, threads);
    log.accept(String.format(Locale.ROOT, "nml:train-masses wrote %d models in %.0f s on %d threads; wrote %s",
        trained.size(), seconds, threads, outputDirectory.resolve(ZIP)));
    return outputs;
  }

  /**
   * Writes the released files, the deterministic zip of them and run-info.json (wall time and threads,
   * never released), adding their names to {@code outputs}; returns the wall seconds since {@code start}.
   */
  static double writeRelease(Path outputDirectory, Map<String, byte[]> files, List<String> outputs, long start,
      int threads) throws IOException {
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      AtomicFiles.writeBytes(outputDirectory.resolve(f.getKey()), f.getValue());
      outputs.add(f.getKey());
    }
    AtomicFiles.writeBytes(outputDirectory.resolve(ZIP), DeterministicZip.of(files));
    outputs.add(ZIP);
    double seconds = (System.nanoTime() - start) / 1e9;
    AtomicFiles.writeString(outputDirectory.resolve(RUN_INFO), String.format(Locale.ROOT,
        "{%n  \"step\" : \"train-masses\",%n  \"wall_seconds\" : %.1f,%n  \"threads\" : %d%n}%n", seconds, threads));
    return seconds;
  }

  /**
   * {@code Z,N,A,B_ws4_MeV,B_<id>_MeV...}: every WS4 nucleus with Z >= minZ and N >= minN, in (Z, N)
   * order, B in MeV to 1 eV.
   */
  private String massTable(List<TrainedMassModel> trained, Map<Path, MassDataset> datasets, Ws4Table ws4) {
    Deformations deformations = deformations(datasets, ws4);
    List<Ws4Entry> entries = ws4.entries().stream()
        .filter(e -> e.nuclide().z() >= minZ && e.nuclide().n() >= minN)
        .sorted((a, b) -> a.nuclide().compareTo(b.nuclide())).toList();
    StringBuilder sb = new StringBuilder("Z,N,A,B_ws4_MeV");
    for (TrainedMassModel t : trained) {
      sb.append(",B_").append(t.id()).append("_MeV");
    }
    sb.append('\n');
    for (Ws4Entry e : entries) {
      Nuclide nu = e.nuclide();
      sb.append(nu.z()).append(',').append(nu.n()).append(',').append(nu.a()).append(',')
          .append(mev(e.bindingEnergyMeV()));
      for (int i = 0; i < trained.size(); i++) {
        MassModelEntry m = models.get(i);
        double[] x = m.featureSet().compute(nu.z(), nu.n(), deformations);
        sb.append(',').append(mev(MassModelInputs.bindingEnergyMeV(m, trained.get(i), nu.z(), nu.n(), x)));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The deformations of the first data set with huang-III columns, checked against every data set used. */
  private Deformations deformations(Map<Path, MassDataset> datasets, Ws4Table ws4) {
    Deformations d = new Deformations(ws4, DeformationForm.SUM);
    for (MassModelEntry m : models) {
      if (m.featureSet() == ChartFeatures.HUANG_III) {
        d = MassModelInputs.deformations(MassDataset.of(datasets, m.dataset()), ws4);
        break;
      }
    }
    for (MassModelEntry m : models) {
      MassDataset ds = MassDataset.of(datasets, m.dataset());
      if (!MassModelInputs.reproduces(ds, m.featureSet(), d)) {
        throw new org.nucleiml.InvalidParameterException("nuclei.csv of data set " + ds.name(),
            "its " + m.featureSet().id() + " columns", "the features computed from (Z, N) and the bundled WS4 table "
                + "with deformation form " + d.form() + " (the mass table needs the same features as training)");
      }
    }
    return d;
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
    for (MassModelEntry m : models) {
      ObjectNode o = list.addObject();
      o.put("id", m.id());
      o.put("file", modelFile(m.id()));
      o.put("method", m.method());
      o.put("feature_set", m.featureSet().id());
      o.put("baseline", m.baseline().id());
      o.put("prediction", m.residual() ? "B = B_LD(" + m.baseline().id() + ") + output residual_MeV" : "B = output b_MeV");
      MassDataset d = MassDataset.of(datasets, m.dataset());
      o.put("dataset", d.name());
      o.put("dataset_nuclei_sha256", d.sha256());
      o.put("schedule", m.schedule());
    }
    root.put("runtime_version", RuntimeVersion.get());
    return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
  }

  static String mev(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  /** The trained models by id, read from {@code dir}. */
  static Map<String, TrainedMassModel> read(Path dir, List<MassModelEntry> models) throws IOException {
    Map<String, TrainedMassModel> read = new LinkedHashMap<>();
    for (MassModelEntry m : models) {
      read.put(m.id(), TrainedMassModel.read(existingModelFile(dir, m.id())));
    }
    return read;
  }

  /** The model file of {@code id} in {@code dir}, which must exist. */
  static Path existingModelFile(Path dir, String id) {
    Path file = dir.resolve(modelFile(id));
    if (!Files.isRegularFile(file)) {
      throw new org.nucleiml.InvalidParameterException("modelDirectory", dir,
          "a directory holding " + modelFile(id) + " (run nml:train-masses with the same models first)");
    }
    return file;
  }
}
