package org.nucleiml.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.RuntimeVersion;
import org.nucleiml.emulator.network.FeedForwardNetwork;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.files.ContentHash;
import org.nucleiml.files.OutputLock;

/**
 * The emulator on disk: a directory with {@code classifier.nmlnet}, one {@code regressor-*.nmlnet}
 * per regression network, {@code emulator.json} (features, scalers, targets, files and their
 * SHA-256, plus the caller's training record) and {@code emulator.sha256} (the SHA-256 of every other
 * file, in {@code sha256sum} form), and a deterministic zip of that directory.
 *
 * <p>The loader checks every file against {@code emulator.sha256} before reading any of it, so one
 * changed byte anywhere (a scaler mean in emulator.json as much as a weight) fails loudly with the
 * file's name. Writing removes the old manifest and zip first and writes the manifest after the files
 * it lists: an interrupted write leaves an artifact that does not load, never a mixed or stale one.
 *
 * @param emulator the loaded emulator
 * @param descriptor the parsed emulator.json
 */
public record EmulatorArtifact(Emulator emulator, JsonNode descriptor) {

  /** File name of the descriptor. */
  public static final String DESCRIPTOR = "emulator.json";
  /** Value of the descriptor's "format" key. */
  public static final String FORMAT = "nucleiml-emulator";
  /** Version of the descriptor layout of a single regressor. */
  public static final int FORMAT_VERSION = 1;
  /**
   * Version of the descriptor layout of a regressor ensemble (M >= 2): regressor entries carry their
   * member and an "ensemble" node holds the variance scales. A runtime that knows only version 1
   * refuses it, rather than silently using a mix of members.
   */
  public static final int ENSEMBLE_FORMAT_VERSION = 2;
  /** File name of the manifest holding the SHA-256 of every other file. */
  public static final String MANIFEST = "emulator.sha256";

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Writes the artifact directory (files replaced atomically) and, when {@code zip} is not null, its zip.
   *
   * @param training the caller's record (data set, hyper-parameters, history, metrics), stored as-is
   */
  public static void write(Path directory, Path zip, FeatureSet features, NeuralClassificationModel classifier,
      boolean couplingPrefilter, List<NeuralRegressionModel> regressors, EmulatorDomain domain, JsonNode training)
      throws IOException {
    write(directory, zip, features, classifier, couplingPrefilter, RegressorEnsemble.uncalibrated(List.of(regressors)),
        domain, training);
  }

  /**
   * Writes the artifact of a regressor ensemble. With one member the bytes are exactly those of
   * {@link #write(Path, Path, FeatureSet, NeuralClassificationModel, boolean, List, EmulatorDomain, JsonNode)}.
   * With more, member m >= 1 of a target group is in {@code regressor-<targets>-member<m>.nmlnet}.
   */
  public static void write(Path directory, Path zip, FeatureSet features, NeuralClassificationModel classifier,
      boolean couplingPrefilter, RegressorEnsemble ensemble, EmulatorDomain domain, JsonNode training)
      throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    ObjectNode root = JSON.createObjectNode();
    boolean several = ensemble.size() > 1;
    root.put("format", FORMAT).put("format_version", several ? ENSEMBLE_FORMAT_VERSION : FORMAT_VERSION)
        .put("runtime_version", RuntimeVersion.get());
    root.set("domain", domain.toJson());
    root.set("features", JSON.valueToTree(features.names()));
    root.put("physics_features", features.physics());
    ObjectNode c = network(files, "classifier.nmlnet", classifier.network());
    c.set("classes", JSON.valueToTree(classifier.classNames()));
    c.put("coupling_prefilter", couplingPrefilter);
    root.set("classifier", c);
    ArrayNode regs = root.putArray("regressors");
    for (int m = 0; m < ensemble.size(); m++) {
      for (NeuralRegressionModel r : ensemble.members().get(m)) {
        String name = "regressor-" + String.join("+", r.targetScaler().targets()) + (m == 0 ? "" : "-member" + m)
            + ".nmlnet";
        ObjectNode node = network(files, name, r.network());
        node.set("target_scaler", JSON.valueToTree(r.targetScaler()));
        if (several) {
          node.put("member", m);
        }
        regs.add(node);
      }
    }
    if (several) {
      ObjectNode e = root.putObject("ensemble");
      e.put("size", ensemble.size());
      VarianceScale v = ensemble.varianceScale();
      putScale(e.putObject("variance_scale"), v.global());
      // keys only for the methods added later, so the descriptor of the default method stays as it was
      if (v.method() != CalibrationMethod.GLOBAL) {
        e.put("calibration", v.method().text());
      }
      if (v.method().perNucleus()) {
        ArrayNode nuclei = e.putArray("variance_scale_nuclei");
        for (VarianceScale.NucleusScale ns : v.nuclei()) {
          putScale(nuclei.addObject().put("z", ns.z()).put("n", ns.n()), ns.scale());
        }
      }
    }
    root.set("training", training);
    files.put(DESCRIPTOR, JSON.writeValueAsBytes(root));
    byte[] manifest = ArtifactManifest.of(files);
    try (OutputLock lock = OutputLock.acquire("output", directory)) {
      // Invalidate first: until the new manifest lands, neither the directory nor a zip loads.
      Files.deleteIfExists(directory.resolve(MANIFEST));
      if (zip != null) {
        Files.deleteIfExists(zip);
        AtomicFiles.removeTemporariesOf(zip);
      }
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        AtomicFiles.writeBytes(directory.resolve(e.getKey()), e.getValue());
      }
      AtomicFiles.writeBytes(directory.resolve(MANIFEST), manifest);
      if (zip != null) {
        files.put(MANIFEST, manifest);
        AtomicFiles.writeBytes(zip, DeterministicZip.of(files));
      }
    }
  }

  private static void putScale(ObjectNode node, List<Double> scale) {
    for (int k = 0; k < SampleDatasets.TARGETS.size(); k++) {
      node.put(SampleDatasets.TARGETS.get(k), scale.get(k));
    }
  }

  /** Where the emulator was trained (nuclei and box), as emulator.json declares it. */
  public EmulatorDomain domain() {
    return EmulatorDomain.parse(descriptor.get("domain"), DESCRIPTOR);
  }

  private static ObjectNode network(Map<String, byte[]> files, String name, TrainedNetwork trained) {
    byte[] bytes = NetworkFile.encode(trained.network());
    files.put(name, bytes);
    ObjectNode node = JSON.createObjectNode();
    node.put("file", name).put("sha256", ContentHash.of(bytes));
    node.set("layer_sizes", JSON.valueToTree(trained.network().sizes()));
    node.set("inputs", JSON.valueToTree(trained.inputNames()));
    node.set("scaler", JSON.valueToTree(trained.scaler()));
    return node;
  }

  /** Builds the fast-path emulator from freshly trained models (no files involved). */
  static Emulator assemble(FeatureSet features, NeuralClassificationModel classifier, RegressorEnsemble ensemble) {
    List<String> names = features.names();
    AdmissibilityClassifier gate = new AdmissibilityClassifier(head(classifier.network(), names),
        classifier.classNames(), null);
    List<List<RegressionHead>> members = new ArrayList<>();
    for (List<NeuralRegressionModel> member : ensemble.members()) {
      List<RegressionHead> heads = new ArrayList<>();
      for (NeuralRegressionModel r : member) {
        heads.add(new RegressionHead(head(r.network(), names), r.targetScaler()));
      }
      members.add(heads);
    }
    return new Emulator(features, gate, members, ensemble.varianceScale());
  }

  private static NetworkHead head(TrainedNetwork t, List<String> features) {
    return new NetworkHead(t.network(), t.inputNames(), t.scaler(), features);
  }

  /**
   * Reads an artifact directory or zip, checking every file against the manifest's SHA-256, then
   * format and version.
   *
   * @throws InvalidParameterException naming the file (and the artifact) that is missing, damaged or
   *     unreadable
   */
  public static EmulatorArtifact load(Path directoryOrZip) throws IOException {
    if (!Files.exists(directoryOrZip)) {
      throw new InvalidParameterException("emulator", directoryOrZip,
          "an emulator directory or zip written by nml:train (nothing is there)");
    }
    Map<String, byte[]> files = Files.isDirectory(directoryOrZip) ? readDirectory(directoryOrZip)
        : DeterministicZip.read(directoryOrZip);
    ArtifactManifest.verify(directoryOrZip, files);
    byte[] descriptorBytes = files.get(DESCRIPTOR);
    JsonNode root;
    try {
      root = JSON.readTree(descriptorBytes);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidParameterException(directoryOrZip + "/" + DESCRIPTOR, "unreadable JSON ("
          + e.getOriginalMessage() + ")", "the descriptor as nml:train wrote it");
    }
    int version = root.path("format_version").asInt();
    if (!FORMAT.equals(root.path("format").asText()) || (version != FORMAT_VERSION && version != ENSEMBLE_FORMAT_VERSION)) {
      throw new InvalidParameterException(directoryOrZip + "/" + DESCRIPTOR + " format",
          root.path("format").asText() + " v" + root.path("format_version").asText(),
          FORMAT + " v" + FORMAT_VERSION + " or v" + ENSEMBLE_FORMAT_VERSION);
    }
    FeatureSet features = new FeatureSet(root.path("physics_features").asBoolean());
    JsonNode c = root.path("classifier");
    List<String> classes = JSON.convertValue(c.path("classes"), JSON.getTypeFactory()
        .constructCollectionType(List.class, String.class));
    AdmissibilityClassifier classifier = new AdmissibilityClassifier(head(files, c, features, directoryOrZip),
        classes, null);
    if (!root.path("regressors").isArray() || root.path("regressors").isEmpty()) {
      throw new InvalidParameterException(directoryOrZip + "/" + DESCRIPTOR + " regressors",
          root.path("regressors"), "at least one regression network");
    }
    int size = version == ENSEMBLE_FORMAT_VERSION ? root.path("ensemble").path("size").asInt() : 1;
    if (size < 1) {
      throw new InvalidParameterException(directoryOrZip + "/" + DESCRIPTOR + " ensemble.size",
          root.path("ensemble").path("size"), "the number of regressor members, >= 1");
    }
    List<List<RegressionHead>> members = new ArrayList<>();
    for (int m = 0; m < size; m++) {
      members.add(new ArrayList<>());
    }
    for (JsonNode r : root.path("regressors")) {
      int m = r.path("member").asInt(0);
      if (m < 0 || m >= size) {
        throw new InvalidParameterException(directoryOrZip + "/" + DESCRIPTOR + " regressors member",
            r.path("member"), "a member in [0, " + (size - 1) + "]");
      }
      members.get(m).add(new RegressionHead(head(files, r, features, directoryOrZip),
          JSON.treeToValue(r.path("target_scaler"), TargetScaler.class)));
    }
    VarianceScale scale = size > 1 ? varianceScale(root.path("ensemble"), directoryOrZip + "/" + DESCRIPTOR + " ensemble.")
        : VarianceScale.NONE;
    return new EmulatorArtifact(new Emulator(features, classifier, members, scale), root);
  }

  private static VarianceScale varianceScale(JsonNode ensemble, String where) {
    CalibrationMethod method = ensemble.has("calibration")
        ? CalibrationMethod.parse(where + "calibration", ensemble.path("calibration").asText())
        : CalibrationMethod.GLOBAL;
    List<Double> global = readScale(ensemble.path("variance_scale"), where + "variance_scale.");
    List<VarianceScale.NucleusScale> nuclei = new ArrayList<>();
    JsonNode list = ensemble.path("variance_scale_nuclei");
    if (method.perNucleus() && (!list.isArray() || list.isEmpty())) {
      throw new InvalidParameterException(where + "variance_scale_nuclei", list,
          "one entry per calibrated nucleus with the method " + method.text());
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode e = list.get(i);
      String at = where + "variance_scale_nuclei[" + i + "].";
      if (!e.path("z").canConvertToInt() || !e.path("n").canConvertToInt()) {
        throw new InvalidParameterException(at + "z/n", e, "the proton and neutron numbers of the nucleus");
      }
      nuclei.add(new VarianceScale.NucleusScale(e.path("z").asInt(), e.path("n").asInt(), readScale(e, at)));
    }
    return new VarianceScale(method, global, nuclei);
  }

  private static List<Double> readScale(JsonNode node, String where) {
    List<Double> scale = new ArrayList<>();
    for (String target : SampleDatasets.TARGETS) {
      JsonNode v = node.path(target);
      double s = v.asDouble(Double.NaN);
      if (!(s > 0 && Double.isFinite(s))) {
        throw new InvalidParameterException(where + target, v, "a finite factor > 0");
      }
      scale.add(s);
    }
    return scale;
  }

  private static NetworkHead head(Map<String, byte[]> files, JsonNode node, FeatureSet features, Path where)
      throws IOException {
    String name = node.path("file").asText();
    if (!ArtifactManifest.listed(files, name)) {
      throw new InvalidParameterException(where + "/" + name, "a network file not listed in " + MANIFEST,
          "every file of the emulator covered by " + MANIFEST);
    }
    byte[] bytes = files.get(name);
    if (bytes == null || !ContentHash.of(bytes).equals(node.path("sha256").asText())) {
      throw new InvalidParameterException(where + "/" + name, bytes == null ? "missing" : "SHA-256 " + ContentHash.of(bytes),
          "the SHA-256 recorded in " + DESCRIPTOR + ": " + node.path("sha256").asText());
    }
    FeedForwardNetwork network = NetworkFile.decode(bytes, name);
    List<String> inputs = JSON.convertValue(node.path("inputs"), JSON.getTypeFactory()
        .constructCollectionType(List.class, String.class));
    FeatureScaler scaler = JSON.treeToValue(node.path("scaler"), FeatureScaler.class);
    return new NetworkHead(network, inputs, scaler, features.names());
  }

  private static Map<String, byte[]> readDirectory(Path directory) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (var stream = Files.list(directory)) {
      for (Path p : (Iterable<Path>) stream::iterator) {
        // dot files are locks and temporaries, never part of the artifact
        if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")) {
          files.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
      }
    }
    return files;
  }
}
