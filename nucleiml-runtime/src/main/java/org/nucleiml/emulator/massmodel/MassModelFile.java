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
import org.nucleiml.emulator.FeatureScaler;
import org.nucleiml.emulator.network.Activation;
import org.nucleiml.emulator.network.FeedForwardNetwork;
import org.nucleiml.emulator.network.Initialisation;
import org.nucleiml.emulator.network.LearningRateSchedule;
import org.nucleiml.emulator.network.LossFunction;
import org.nucleiml.emulator.network.StoppingRule;
import org.nucleiml.files.AtomicFiles;

/**
 * The mass-model file: UTF-8 JSON, '\n' line ends, keys in a fixed order, no run facts (no times,
 * hosts, paths or thread counts), so the same model gives the same bytes. Fields: {@code format}
 * ("nml-mass-model"), {@code version} (1 for one network, 2 for M > 1 members), {@code id},
 * {@code features}, {@code outputs}, {@code definition} (network and training hyper-parameters, with
 * {@code members} in version 2), {@code inputMin}, {@code inputMax}, {@code outputMean},
 * {@code outputStd}, {@code layerSizes}, then in version 1 {@code keptEpoch} and {@code parameters}
 * (flat, in {@link FeedForwardNetwork}'s layout, each double written so that it parses back to the same
 * bits), in version 2 {@code members}: per member its {@code seed}, {@code keptEpoch} and
 * {@code parameters}. A one-network model keeps version 1, so its bytes did not change when members
 * came.
 */
public final class MassModelFile {

  /** The value of the {@code format} field. */
  public static final String FORMAT = "nml-mass-model";
  /** The format version of a one-network model. */
  public static final int VERSION = 1;
  /** The format version of a model of M > 1 members. */
  public static final int MEMBERS_VERSION = 2;

  private static final ObjectMapper JSON = new ObjectMapper();

  private MassModelFile() {}

  /** The file's bytes. */
  public static byte[] encode(TrainedMassModel model) {
    boolean single = model.definition().members() == 1;
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT).put("version", single ? VERSION : MEMBERS_VERSION).put("id", model.id());
    strings(root.putArray("features"), model.featureNames());
    strings(root.putArray("outputs"), model.outputNames());
    root.set("definition", definition(model.definition()));
    numbers(root.putArray("inputMin"), model.inputScaling().min());
    numbers(root.putArray("inputMax"), model.inputScaling().max());
    numbers(root.putArray("outputMean"), model.outputScaling().means());
    numbers(root.putArray("outputStd"), model.outputScaling().stds());
    if (single) {
      root.put("keptEpoch", model.curves().get(0).keptEpoch());
    }
    for (int s : model.networks().get(0).sizes()) {
      root.withArray("layerSizes").add(s);
    }
    if (single) {
      parameters(root.putArray("parameters"), model.networks().get(0));
    } else {
      ArrayNode members = root.putArray("members");
      for (int k = 0; k < model.networks().size(); k++) {
        ObjectNode member = members.addObject();
        member.put("seed", model.definition().memberSeed(k)).put("keptEpoch", model.curves().get(k).keptEpoch());
        parameters(member.putArray("parameters"), model.networks().get(k));
      }
    }
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));
      return (JSON.writer(printer).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode model " + model.id(), e);
    }
  }

  /** Writes atomically. */
  static void write(TrainedMassModel model, Path file) throws IOException {
    AtomicFiles.writeBytes(file, encode(model));
  }

  /** Reads and checks a file written by {@link #encode}. */
  static TrainedMassModel read(Path file) throws IOException {
    return decode(Files.readAllBytes(file), file.toString());
  }

  /** Decodes; {@code name} names the source in messages. */
  public static TrainedMassModel decode(byte[] bytes, String name) throws IOException {
    JsonNode root = JSON.readTree(bytes);
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new InvalidParameterException(name, "not a mass-model file", "JSON with format \"" + FORMAT + "\"");
    }
    int version = root.path("version").asInt();
    if (version != VERSION && version != MEMBERS_VERSION) {
      throw new InvalidParameterException(name + " version", root.path("version").asText(),
          "version " + VERSION + " or " + MEMBERS_VERSION);
    }
    MassModelDefinition definition = definition(root.path("id").asText(), root.path("definition"));
    int[] sizes = new int[root.path("layerSizes").size()];
    for (int l = 0; l < sizes.length; l++) {
      sizes[l] = root.path("layerSizes").get(l).asInt();
    }
    List<JsonNode> members = new ArrayList<>();
    if (version == VERSION) {
      members.add(root);
    } else {
      root.path("members").forEach(members::add);
    }
    if (members.size() != definition.members()) {
      throw new InvalidParameterException(name + " members", members.size(),
          definition.members() + " (the definition's members)");
    }
    List<FeedForwardNetwork> networks = new ArrayList<>();
    List<LearningCurve> curves = new ArrayList<>();
    for (JsonNode member : members) {
      double[] p = doubles(member.path("parameters")).stream().mapToDouble(Double::doubleValue).toArray();
      networks.add(new FeedForwardNetwork(sizes,
          java.util.Collections.nCopies(sizes.length - 2, definition.activation()), p));
      curves.add(new LearningCurve(List.of(), member.path("keptEpoch").asInt(), false));
    }
    return new TrainedMassModel(definition, texts(root.path("features")), texts(root.path("outputs")),
        new InputScaling(doubles(root.path("inputMin")), doubles(root.path("inputMax"))),
        new FeatureScaler(doubles(root.path("outputMean")), doubles(root.path("outputStd"))), networks, curves);
  }

  private static void parameters(ArrayNode a, FeedForwardNetwork network) {
    for (double v : network.parameters()) {
      a.add(v);
    }
  }

  private static ObjectNode definition(MassModelDefinition d) {
    ObjectNode n = JSON.createObjectNode();
    for (int w : d.hiddenLayers()) {
      n.withArray("hiddenLayers").add(w);
    }
    n.put("activation", d.activation().toString()).put("loss", d.loss().name())
        .put("adamEpsilon", d.adamEpsilon()).put("weightDecay", d.weightDecay());
    n.set("schedule", schedule(d.schedule()));
    n.set("stopping", stopping(d.stopping()));
    n.put("batchSize", d.batchSize()).put("maxEpochs", d.maxEpochs())
        .put("initialisation", d.initialisation().name()).put("seed", d.seed());
    if (d.members() > 1) {
      n.put("members", d.members());
    }
    return n;
  }

  private static MassModelDefinition definition(String id, JsonNode n) {
    List<Integer> widths = new ArrayList<>();
    n.path("hiddenLayers").forEach(w -> widths.add(w.asInt()));
    return new MassModelDefinition(id, widths, Activation.parse(n.path("activation").asText()),
        LossFunction.valueOf(n.path("loss").asText()), n.path("adamEpsilon").asDouble(),
        n.path("weightDecay").asDouble(), schedule(n.path("schedule")), stopping(n.path("stopping")),
        n.path("batchSize").asInt(), n.path("maxEpochs").asInt(),
        Initialisation.valueOf(n.path("initialisation").asText()), n.path("seed").asLong(),
        n.path("members").asInt(1));
  }

  static ObjectNode schedule(LearningRateSchedule s) {
    ObjectNode n = JSON.createObjectNode();
    if (s instanceof LearningRateSchedule.Constant c) {
      n.put("type", "CONSTANT").put("rate", c.rate());
    } else if (s instanceof LearningRateSchedule.Steps st) {
      n.put("type", "STEPS");
      st.fromEpoch().forEach(n.withArray("fromEpoch")::add);
      numbers(n.putArray("rates"), st.rates());
    } else if (s instanceof LearningRateSchedule.LossBands b) {
      n.put("type", "LOSS_BANDS");
      numbers(n.putArray("lowerBounds"), b.lowerBounds());
      numbers(n.putArray("rates"), b.rates());
    } else if (s instanceof LearningRateSchedule.Plateau pl) {
      n.put("type", "PLATEAU").put("rate", pl.rate()).put("patience", pl.patience()).put("factor", pl.factor())
          .put("minRate", pl.minRate()).put("reloadBest", pl.reloadBest());
    }
    return n;
  }

  static LearningRateSchedule schedule(JsonNode n) {
    String type = n.path("type").asText();
    return switch (type) {
      case "CONSTANT" -> new LearningRateSchedule.Constant(n.path("rate").asDouble());
      case "STEPS" -> new LearningRateSchedule.Steps(ints(n.path("fromEpoch")), doubles(n.path("rates")));
      case "LOSS_BANDS" -> new LearningRateSchedule.LossBands(doubles(n.path("lowerBounds")), doubles(n.path("rates")));
      case "PLATEAU" -> new LearningRateSchedule.Plateau(n.path("rate").asDouble(), n.path("patience").asInt(),
          n.path("factor").asDouble(), n.path("minRate").asDouble(), n.path("reloadBest").asBoolean());
      default -> throw new InvalidParameterException("schedule type", type, "CONSTANT, STEPS, LOSS_BANDS or PLATEAU");
    };
  }

  private static ObjectNode stopping(StoppingRule s) {
    ObjectNode n = JSON.createObjectNode();
    if (s instanceof StoppingRule.ValidationBest v) {
      n.put("type", "VALIDATION_BEST").put("patience", v.patience()).put("minEpochs", v.minEpochs());
    } else if (s instanceof StoppingRule.LossThreshold t) {
      n.put("type", "LOSS_THRESHOLD").put("threshold", t.threshold());
    } else {
      n.put("type", "FIXED_EPOCHS");
    }
    return n;
  }

  private static StoppingRule stopping(JsonNode n) {
    String type = n.path("type").asText();
    return switch (type) {
      case "VALIDATION_BEST" -> new StoppingRule.ValidationBest(n.path("patience").asInt(), n.path("minEpochs").asInt());
      case "LOSS_THRESHOLD" -> new StoppingRule.LossThreshold(n.path("threshold").asDouble());
      case "FIXED_EPOCHS" -> new StoppingRule.FixedEpochs();
      default -> throw new InvalidParameterException("stopping type", type,
          "VALIDATION_BEST, LOSS_THRESHOLD or FIXED_EPOCHS");
    };
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  static void numbers(ArrayNode a, List<Double> values) {
    values.forEach(a::add);
  }

  private static List<String> texts(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static List<Integer> ints(JsonNode a) {
    List<Integer> out = new ArrayList<>();
    a.forEach(v -> out.add(v.asInt()));
    return out;
  }

  static List<Double> doubles(JsonNode a) {
    List<Double> out = new ArrayList<>();
    a.forEach(v -> out.add(v.asDouble()));
    return out;
  }
}
