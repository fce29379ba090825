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
 * A model of M > 1 members is version 2: {@code definition.members} = M, and instead of
 * {@code keptEpoch} and {@code parameters} a {@code members} list of {@code seed}, {@code keptEpoch},
 * {@code parameters} (member 0 first); a one-network model keeps version 1, byte for byte.
 */
public final class MdnModelFile {

  /** The value of the {@code format} field. */
  public static final String FORMAT = "nml-mdn-mass-model";
  /** The format version of a one-network model. */
  public static final int VERSION = 1;
  /** The format version of a model of several members. */
  public static final int VERSION_MEMBERS = 2;

  private static final ObjectMapper JSON = new ObjectMapper();

  private MdnModelFile() {}

  /** The file's bytes. */
  public static byte[] encode(TrainedMdnModel model) {
    ObjectNode root = JSON.createObjectNode();
    boolean single = model.members().size() == 1;
    root.put("format", FORMAT).put("version", single ? VERSION : VERSION_MEMBERS).put("id", model.id())
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
    if (!single) {
      def.put("members", d.members());
    }
    MdnScaling s = model.scaling();
    ObjectNode scaling = root.putObject("inputScaling");
    scaling.put("kind", s.kind());
    MassModelFile.numbers(scaling.putArray("shift"), s.inputShift());
    MassModelFile.numbers(scaling.putArray("scale"), s.inputScale());
    root.put("targetMean", s.targetMean()).put("targetStd", s.targetStd());
    if (single) {
      root.put("keptEpoch", model.members().get(0).keptEpoch());
    }
    for (int w : model.members().get(0).network().sizes()) {
      root.withArray("layerSizes").add(w);
    }
    if (single) {
      parameters(root.putArray("parameters"), model.members().get(0).network());
    } else {
      ArrayNode list = root.putArray("members");
      for (TrainedMdnModel.Member m : model.members()) {
        ObjectNode o = list.addObject();
        o.put("seed", m.seed()).put("keptEpoch", m.keptEpoch());
        parameters(o.putArray("parameters"), m.network());
      }
    }
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      return (JSON.writer(printer).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode model " + model.id(), e);
    }
  }

  private static void parameters(ArrayNode p, FeedForwardNetwork network) {
    for (double v : network.parameters()) {
      p.add(v);
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
    int version = root.path("version").asInt();
    if (version != VERSION && version != VERSION_MEMBERS) {
      throw new InvalidParameterException(name + " version", root.path("version").asText(),
          "version " + VERSION + " or " + VERSION_MEMBERS);
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
        sc.path("kind").asText(), d.path("sigmaWarmupEpochs").asInt(),
        version == VERSION ? 1 : d.path("members").asInt());
    int[] sizes = new int[root.path("layerSizes").size()];
    for (int l = 0; l < sizes.length; l++) {
      sizes[l] = root.path("layerSizes").get(l).asInt();
    }
    List<TrainedMdnModel.Member> members = new ArrayList<>();
    if (version == VERSION) {
      members.add(new TrainedMdnModel.Member(definition.seed(), network(sizes, definition, root.path("parameters")),
          root.path("keptEpoch").asInt(), List.of()));
    } else {
      for (JsonNode m : root.path("members")) {
        members.add(new TrainedMdnModel.Member(m.path("seed").asLong(), network(sizes, definition,
            m.path("parameters")), m.path("keptEpoch").asInt(), List.of()));
      }
    }
    MdnScaling scaling = new MdnScaling(sc.path("kind").asText(), MassModelFile.doubles(sc.path("shift")),
        MassModelFile.doubles(sc.path("scale")), root.path("targetMean").asDouble(), root.path("targetStd").asDouble());
    return new TrainedMdnModel(definition, ChartFeatures.parse(name + " featureSet", root.path("featureSet").asText()),
        scaling, members);
  }

  private static FeedForwardNetwork network(int[] sizes, MdnDefinition definition, JsonNode parameters) {
    double[] p = MassModelFile.doubles(parameters).stream().mapToDouble(Double::doubleValue).toArray();
    return new FeedForwardNetwork(sizes, java.util.Collections.nCopies(sizes.length - 2, definition.activation()), p);
  }
}
