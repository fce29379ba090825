package org.nucleiml.emulator.massmodel;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.Activation;
import org.nucleiml.emulator.network.FeedForwardNetwork;
import org.nucleiml.emulator.network.Initialisation;
import org.nucleiml.emulator.network.RelationPenalty;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.masses.ChartFeatures;

/**
 * The file of a [S004] mixture density mass model: UTF-8 JSON, '\n' line ends, keys in a fixed order,
 * no run facts, so the same model gives the same bytes. Fields: {@code format} ("nml-mdn-mass-model"),
 * {@code version} (1), {@code id}, {@code featureSet}, {@code target} ("mass_excess_MeV"),
 * {@code definition}, {@code inputScaling} with {@code shift} and {@code scale}, {@code targetMean},
 * {@code targetStd} (the GK penalty acted in units of this std), {@code keptEpoch},
 * {@code layerSizes}, {@code parameters} (head outputs [a_1..a_K, mu_1..mu_K, log sigma_1..K]).
 */
public final class MdnModelFile {

  /** The value of the {@code format} field. */
  public static final String FORMAT = "nml-mdn-mass-model";
  /** The current format version. */
  public static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private MdnModelFile() {}

  /** The file's bytes. */
  public static byte[] encode(TrainedMdnModel model) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT).put("version", VERSION).put("id", model.id())
        .put("featureSet", model.features().id()).put("target", "mass_excess_MeV");
    MdnDefinition d = model.definition();
    ObjectNode def = root.putObject("definition");
    d.hiddenLayers().forEach(def.withArray("hiddenLayers")::add);
    def.put("activation", d.activation().toString()).put("components", d.components())
        .put("adamEpsilon", d.adamEpsilon()).put("weightDecay", d.weightDecay());
    def.set("schedule", MassModelFile.schedule(d.schedule()));
    def.put("epochs", d.epochs()).put("initialisation", d.initialisation().name()).put("seed", d.seed())
        .put("lambda", d.penaltyWeight()).put("gkReduction", d.reduction().name())
        .put("sigmaWarmupEpochs", d.sigmaWarmupEpochs());
    MdnScaling s = model.scaling();
    ObjectNode scaling = root.putObject("inputScaling");
    scaling.put("kind", s.kind());
    MassModelFile.numbers(scaling.putArray("shift"), s.inputShift());
    MassModelFile.numbers(scaling.putArray("scale"), s.inputScale());
    root.put("targetMean", s.targetMean()).put("targetStd", s.targetStd()).put("keptEpoch", model.keptEpoch());
    for (int w : model.network().sizes()) {
      root.withArray("layerSizes").add(w);
    }
    ArrayNode p = root.putArray("parameters");
    for (double v : model.network().parameters()) {
      p.add(v);
    }
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      return (JSON.writer(printer).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode model " + model.id(), e);
    }
  }

  /** Writes atomically. */
  public static void write(TrainedMdnModel model, Path file) throws IOException {
    AtomicFiles.writeBytes(file, encode(model));
  }

  /** Reads and checks a file written by {@link #encode}; the curve is not part of it. */
  public static TrainedMdnModel read(Path file) throws IOException {
    JsonNode root = JSON.readTree(Files.readAllBytes(file));
    String name = file.toString();
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new InvalidParameterException(name, "not an MDN mass-model file", "JSON with format \"" + FORMAT + "\"");
    }
    if (root.path("version").asInt() != VERSION) {
      throw new InvalidParameterException(name + " version", root.path("version").asText(), "version " + VERSION);
    }
    JsonNode d = root.path("definition");
    List<Integer> widths = new ArrayList<>();
    d.path("hiddenLayers").forEach(w -> widths.add(w.asInt()));
    JsonNode sc = root.path("inputScaling");
    MdnDefinition definition = new MdnDefinition(root.path("id").asText(), widths,
        Activation.parse(d.path("activation").asText()), d.path("components").asInt(), d.path("adamEpsilon").asDouble(),
        d.path("weightDecay").asDouble(), MassModelFile.schedule(d.path("schedule")), d.path("epochs").asInt(),
        Initialisation.valueOf(d.path("initialisation").asText()), d.path("seed").asLong(),
        d.path("lambda").asDouble(), RelationPenalty.Reduction.valueOf(d.path("gkReduction").asText()),
        sc.path("kind").asText(), d.path("sigmaWarmupEpochs").asInt());
    int[] sizes = new int[root.path("layerSizes").size()];
    for (int l = 0; l < sizes.length; l++) {
      sizes[l] = root.path("layerSizes").get(l).asInt();
    }
    double[] p = MassModelFile.doubles(root.path("parameters")).stream().mapToDouble(Double::doubleValue).toArray();
    FeedForwardNetwork network = new FeedForwardNetwork(sizes,
        java.util.Collections.nCopies(sizes.length - 2, definition.activation()), p);
    MdnScaling scaling = new MdnScaling(sc.path("kind").asText(), MassModelFile.doubles(sc.path("shift")),
        MassModelFile.doubles(sc.path("scale")), root.path("targetMean").asDouble(), root.path("targetStd").asDouble());
    return new TrainedMdnModel(definition, ChartFeatures.parse(name + " featureSet", root.path("featureSet").asText()),
        scaling, network, root.path("keptEpoch").asInt(), List.of());
  }
}
