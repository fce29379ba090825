package org.nucleiml.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.ParameterBox;
import org.nucleiml.data.Range;
import org.nucleiml.data.SampleTable;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.Nucleus;

/**
 * Where an emulator was trained: the nuclei its regressor learned and the NMP box its data were drawn
 * from. The artifact declares it in emulator.json ("domain"), so that every consumer can refuse to
 * ask the networks about nuclei or parameters they never saw (a network extrapolates without a word).
 *
 * @param nuclei the trained nuclei, in the regressor's order
 * @param box the box of the training data (dataset.json's box, or the data's extent without one)
 */
public record EmulatorDomain(List<Nucleus> nuclei, ParameterBox box) {

  /** Requires at least one nucleus and a box. */
  public EmulatorDomain {
    nuclei = List.copyOf(nuclei);
    if (nuclei.isEmpty() || box == null) {
      throw new InvalidParameterException("emulator domain", nuclei + " / " + box, "trained nuclei and a box");
    }
  }

  /**
   * The domain of a training run: the regressor's nuclei and the box of {@code datasetManifest}
   * (whose samples_csv_sha256 the caller has matched to the data), or the extent of the table's NMPs.
   */
  static EmulatorDomain of(List<Nucleus> nuclei, JsonNode datasetManifest, SampleTable table) {
    JsonNode box = datasetManifest == null ? null : datasetManifest.get("box");
    return new EmulatorDomain(nuclei, box != null && box.isObject() ? parseBox(box, "dataset.json box")
        : extent(table));
  }

  private static ParameterBox extent(SampleTable table) {
    List<Range> ranges = new ArrayList<>();
    for (int k = 0; k < NuclearMatterParameters.NAMES.size(); k++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int r = 0; r < table.size(); r++) {
        lo = Math.min(lo, table.nmp(r, k));
        hi = Math.max(hi, table.nmp(r, k));
      }
      ranges.add(new Range(NuclearMatterParameters.NAMES.get(k), lo, hi > lo ? hi : Math.nextUp(lo)));
    }
    return new ParameterBox(ranges);
  }

  /** The "domain" node of emulator.json. */
  JsonNode toJson() {
    ObjectNode node = EmulatorArtifact.JSON.createObjectNode();
    nuclei.forEach(n -> node.withArray("nuclei").add(n.name()));
    ObjectNode b = node.putObject("box");
    box.ranges().forEach(r -> b.putArray(r.name()).add(r.min()).add(r.max()));
    return node;
  }

  /** Parses the "domain" node of an emulator.json; {@code where} names the file in messages. */
  static EmulatorDomain parse(JsonNode node, String where) {
    if (node == null || !node.path("nuclei").isArray() || !node.path("box").isObject()) {
      throw new InvalidParameterException(where + " domain", node == null ? "nothing" : node,
          "the trained nuclei and box, as nml:train writes them");
    }
    List<Nucleus> nuclei = new ArrayList<>();
    node.path("nuclei").forEach(n -> nuclei.add(Nucleus.parse(n.asText())));
    return new EmulatorDomain(nuclei, parseBox(node.path("box"), where + " domain.box"));
  }

  private static ParameterBox parseBox(JsonNode node, String where) {
    List<Range> ranges = new ArrayList<>();
    for (String name : NuclearMatterParameters.NAMES) {
      JsonNode r = node.get(name);
      if (r == null || !r.isArray() || r.size() != 2 || !r.get(0).isNumber() || !r.get(1).isNumber()) {
        throw new InvalidParameterException(where + "." + name, r, "[min, max]");
      }
      ranges.add(new Range(name, r.get(0).asDouble(), r.get(1).asDouble()));
    }
    return new ParameterBox(ranges);
  }

  /**
   * What a use of the emulator would ask outside this domain: each nucleus not trained, each
   * parameter whose range reaches outside the box. Empty when the use stays inside.
   *
   * @param used the nuclei the use predicts
   * @param ranges per NMP name the [lo, hi] the use covers; infinite ends (an untruncated Gaussian
   *     prior) always reach outside
   */
  public List<String> outside(Collection<Nucleus> used, java.util.Map<String, double[]> ranges) {
    List<String> problems = new ArrayList<>();
    TreeSet<String> untrained = new TreeSet<>();
    for (Nucleus n : used) {
      if (!nuclei.contains(n)) {
        untrained.add(n.name());
      }
    }
    if (!untrained.isEmpty()) {
      problems.add("nuclei " + untrained + " were not trained (the emulator knows " + names() + ")");
    }
    for (Range trained : box.ranges()) {
      double[] r = ranges.get(trained.name());
      if (r != null && r[0] < trained.min() || r[1] > trained.max()) {
        problems.add(String.format(Locale.ROOT, "%s range [%s, %s] reaches outside the trained box %s",
            trained.name(), r[0], r[1], trained));
      }
    }
    return problems;
  }

  private List<String> names() {
    return nuclei.stream().map(Nucleus::name).toList();
  }
}
