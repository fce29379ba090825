package org.nucleiml.emulator.network.dten;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.LearningRateSchedule;

/**
 * The file of one DTEN ensemble member: UTF-8 JSON, '\n' line ends, keys in a fixed order, no run facts
 * (no times, hosts, paths or thread counts), so the same member gives the same bytes. Fields:
 * {@code format} ("nml-dten-member"), {@code version} (1), {@code index}, {@code plan} (architecture,
 * alpha, batch size, schedule, epoch cap, Adam epsilon, ensemble seed), {@code scaling},
 * {@code keptEpoch}, {@code epochs}, {@code validationRmsMeV}, {@code parameterCount},
 * {@code parameters} and {@code runningStatistics}. The two value arrays are base64 of little-endian
 * IEEE-754 doubles (exact, and a 1.2 M-parameter member stays at 12.5 MB instead of ~25 MB of decimals).
 */
public final class DtenModelFile {

  /** The value of the {@code format} field. */
  public static final String FORMAT = "nml-dten-member";
  /** The current format version. */
  public static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private DtenModelFile() {}

  /** The file's bytes. */
  public static byte[] encode(DtenMember member) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT).put("version", VERSION).put("index", member.index());
    root.set("plan", plan(member.plan()));
    DtenScaling s = member.scaling();
    ObjectNode scaling = root.putObject("scaling");
    scaling.put("countMin", s.countMin()).put("countMax", s.countMax());
    numbers(scaling.putArray("shellMin"), s.shellMin());
    numbers(scaling.putArray("shellMax"), s.shellMax());
    numbers(scaling.putArray("densityMin"), s.densityMin());
    numbers(scaling.putArray("densityMax"), s.densityMax());
    scaling.put("targetMin", s.targetMin()).put("targetMax", s.targetMax());
    root.put("keptEpoch", member.keptEpoch()).put("epochs", member.epochs())
        .put("validationRmsMeV", member.validationRmsMeV())
        .put("parameterCount", member.model().parameters().length)
        .put("parameters", base64(member.model().parameters()))
        .put("runningStatistics", base64(member.model().runningStatistics()));
    return json(root);
  }

  /** Reads bytes written by {@link #encode}; {@code threads} is the thread count of the returned plan. */
  public static DtenMember decode(byte[] bytes, String name, int threads) throws IOException {
    JsonNode root = JSON.readTree(bytes);
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new InvalidParameterException(name, "not a DTEN member file", "JSON with format \"" + FORMAT + "\"");
    }
    if (root.path("version").asInt() != VERSION) {
      throw new InvalidParameterException(name + " version", root.path("version").asText(), "version " + VERSION);
    }
    DtenPlan plan = plan(root.path("plan"), threads);
    JsonNode s = root.path("scaling");
    DtenScaling scaling = new DtenScaling(s.path("countMin").asDouble(), s.path("countMax").asDouble(),
        doubles(s.path("shellMin")), doubles(s.path("shellMax")), doubles(s.path("densityMin")),
        doubles(s.path("densityMax")), s.path("targetMin").asDouble(), s.path("targetMax").asDouble());
    double[] p = values(root.path("parameters").asText(), name + " parameters");
    if (p.length != root.path("parameterCount").asInt()) {
      throw new InvalidParameterException(name + " parameters", p.length + " values",
          root.path("parameterCount").asInt() + " (parameterCount)");
    }
    DtenModel model = new DtenModel(plan.architecture(), p,
        values(root.path("runningStatistics").asText(), name + " runningStatistics"));
    return new DtenMember(root.path("index").asInt(), plan, scaling, model, root.path("keptEpoch").asInt(),
        root.path("epochs").asInt(), root.path("validationRmsMeV").asDouble());
  }

  private static ObjectNode plan(DtenPlan plan) {
    ObjectNode node = JSON.createObjectNode();
    DtenArchitecture a = plan.architecture();
    ObjectNode arch = node.putObject("architecture");
    arch.put("countFeatures", a.countFeatures()).put("shellFeatures", a.shellFeatures())
        .put("densityChannels", a.densityChannels()).put("densityLength", a.densityLength());
    ints(arch.putArray("featureWidths"), a.featureWidths());
    ints(arch.putArray("convChannels"), a.convChannels());
    ints(arch.putArray("convKernels"), a.convKernels());
    ints(arch.putArray("convPaddings"), a.convPaddings());
    ints(arch.putArray("poolKernels"), a.poolKernels());
    ints(arch.putArray("headWidths"), a.headWidths());
    arch.put("leakySlope", a.leakySlope()).put("batchNormMomentum", a.batchNormMomentum())
        .put("batchNormEpsilon", a.batchNormEpsilon());
    LearningRateSchedule.Plateau sc = plan.schedule();
    node.put("alpha", plan.alpha()).put("batchSize", plan.batchSize());
    node.putObject("schedule").put("kind", "PLATEAU").put("rate", sc.rate()).put("patience", sc.patience())
        .put("factor", sc.factor()).put("minRate", sc.minRate()).put("reloadBest", sc.reloadBest());
    node.put("maxEpochs", plan.maxEpochs()).put("adamEpsilon", plan.adamEpsilon()).put("seed", plan.seed());
    return node;
  }

  private static DtenPlan plan(JsonNode node, int threads) {
    JsonNode a = node.path("architecture");
    DtenArchitecture arch = new DtenArchitecture(a.path("countFeatures").asInt(), a.path("shellFeatures").asInt(),
        a.path("densityChannels").asInt(), a.path("densityLength").asInt(), ints(a.path("featureWidths")),
        ints(a.path("convChannels")), ints(a.path("convKernels")), ints(a.path("convPaddings")),
        ints(a.path("poolKernels")), ints(a.path("headWidths")), a.path("leakySlope").asDouble(),
        a.path("batchNormMomentum").asDouble(), a.path("batchNormEpsilon").asDouble());
    JsonNode sc = node.path("schedule");
    return new DtenPlan(arch, node.path("alpha").asDouble(), node.path("batchSize").asInt(),
        new LearningRateSchedule.Plateau(sc.path("rate").asDouble(), sc.path("patience").asInt(),
            sc.path("factor").asDouble(), sc.path("minRate").asDouble(), sc.path("reloadBest").asBoolean()),
        node.path("maxEpochs").asInt(), node.path("adamEpsilon").asDouble(), node.path("seed").asLong(), threads);
  }

  /** Indented JSON bytes with '\n' line ends and a final newline. */
  static byte[] json(ObjectNode root) {
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      return (JSON.writer(printer).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode a DTEN file", e);
    }
  }

  private static String base64(double[] values) {
    ByteBuffer b = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    b.asDoubleBuffer().put(values);
    return Base64.getEncoder().encodeToString(b.array());
  }

  private static double[] values(String text, String name) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(name, "invalid base64", "base64 of little-endian doubles");
    }
    if (bytes.length % Double.BYTES != 0) {
      throw new InvalidParameterException(name, bytes.length + " bytes", "a multiple of 8 bytes");
    }
    double[] v = new double[bytes.length / Double.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(v);
    return v;
  }

  private static void numbers(ArrayNode array, List<Double> values) {
    values.forEach(array::add);
  }

  private static void ints(ArrayNode array, List<Integer> values) {
    values.forEach(array::add);
  }

  private static List<Double> doubles(JsonNode array) {
    List<Double> v = new ArrayList<>();
    array.forEach(n -> v.add(n.asDouble()));
    return v;
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> v = new ArrayList<>();
    array.forEach(n -> v.add(n.asInt()));
    return v;
  }
}
