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

/**
 * The emulator on disk: a directory with {@code classifier.nmlnet}, one {@code regressor-*.nmlnet}
 * per regression network and {@code emulator.json} (features, scalers, targets, files and their
 * SHA-256, plus the caller's training record), and a deterministic zip of that directory.
 *
 * @param emulator the loaded emulator
 * @param descriptor the parsed emulator.json
 */
public record EmulatorArtifact(Emulator emulator, JsonNode descriptor) {

  /** File name of the descriptor. */
  public static final String DESCRIPTOR = "emulator.json";
  /** Value of the descriptor's "format" key. */
  public static final String FORMAT = "nucleiml-emulator";
  /** Version of the descriptor layout. */
  public static final int FORMAT_VERSION = 1;

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Writes the artifact directory (files replaced atomically) and, when {@code zip} is not null, its zip.
   *
   * @param training the caller's record (data set, hyper-parameters, history, metrics), stored as-is
   */
  public static void write(Path directory, Path zip, FeatureSet features, NeuralClassificationModel classifier,
      boolean couplingPrefilter, List<NeuralRegressionModel> regressors, JsonNode training) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT).put("format_version", FORMAT_VERSION).put("runtime_version", RuntimeVersion.get());
    root.set("features", JSON.valueToTree(features.names()));
    root.put("physics_features", features.physics());
    ObjectNode c = network(files, "classifier.nmlnet", classifier.network());
    c.set("classes", JSON.valueToTree(classifier.classNames()));
    c.put("coupling_prefilter", couplingPrefilter);
    root.set("classifier", c);
    ArrayNode regs = root.putArray("regressors");
    for (NeuralRegressionModel r : regressors) {
      String name = "regressor-" + String.join("+", r.targetScaler().targets()) + ".nmlnet";
      ObjectNode node = network(files, name, r.network());
      node.set("target_scaler", JSON.valueToTree(r.targetScaler()));
      regs.add(node);
    }
    root.set("training", training);
    files.put(DESCRIPTOR, JSON.writeValueAsBytes(root));
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      AtomicFiles.writeBytes(directory.resolve(e.getKey()), e.getValue());
    }
    if (zip != null) {
      AtomicFiles.writeBytes(zip, DeterministicZip.of(files));
    }
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
  static Emulator assemble(FeatureSet features, NeuralClassificationModel classifier,
      List<NeuralRegressionModel> regressors) {
    List<String> names = features.names();
    AdmissibilityClassifier gate = new AdmissibilityClassifier(head(classifier.network(), names),
        classifier.classNames(), null);
    List<RegressionHead> heads = new ArrayList<>();
    for (NeuralRegressionModel r : regressors) {
      heads.add(new RegressionHead(head(r.network(), names), r.targetScaler()));
    }
    return new Emulator(features, gate, heads);
  }

  private static NetworkHead head(TrainedNetwork t, List<String> features) {
    return new NetworkHead(t.network(), t.inputNames(), t.scaler(), features);
  }

  /** Reads an artifact directory or zip, checking format, version and file hashes. */
  public static EmulatorArtifact load(Path directoryOrZip) throws IOException {
    Map<String, byte[]> files = Files.isDirectory(directoryOrZip) ? readDirectory(directoryOrZip)
        : DeterministicZip.read(directoryOrZip);
    byte[] descriptorBytes = files.get(DESCRIPTOR);
    if (descriptorBytes == null) {
      throw new InvalidParameterException("emulator", directoryOrZip, "a directory or zip holding " + DESCRIPTOR);
    }
    JsonNode root = JSON.readTree(descriptorBytes);
    if (!FORMAT.equals(root.path("format").asText()) || root.path("format_version").asInt() != FORMAT_VERSION) {
      throw new InvalidParameterException(directoryOrZip + "/" + DESCRIPTOR + " format",
          root.path("format").asText() + " v" + root.path("format_version").asText(), FORMAT + " v" + FORMAT_VERSION);
    }
    FeatureSet features = new FeatureSet(root.path("physics_features").asBoolean());
    JsonNode c = root.path("classifier");
    List<String> classes = JSON.convertValue(c.path("classes"), JSON.getTypeFactory()
        .constructCollectionType(List.class, String.class));
    AdmissibilityClassifier classifier = new AdmissibilityClassifier(head(files, c, features, directoryOrZip),
        classes, null);
    List<RegressionHead> regressors = new ArrayList<>();
    for (JsonNode r : root.path("regressors")) {
      regressors.add(new RegressionHead(head(files, r, features, directoryOrZip),
          JSON.treeToValue(r.path("target_scaler"), TargetScaler.class)));
    }
    return new EmulatorArtifact(new Emulator(features, classifier, regressors), root);
  }

  private static NetworkHead head(Map<String, byte[]> files, JsonNode node, FeatureSet features, Path where)
      throws IOException {
    String name = node.path("file").asText();
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
        if (Files.isRegularFile(p)) {
          files.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
      }
    }
    return files;
  }
}
