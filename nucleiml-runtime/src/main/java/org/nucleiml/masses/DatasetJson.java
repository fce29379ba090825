package org.nucleiml.masses;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.nucleiml.files.AtomicFiles;

/**
 * dataset.json: what a nuclei.csv holds and how it was made (rule, counts, input SHA-256s, feature
 * columns, conventions, target, seed, runtime version). No run facts (paths, times, hosts): an
 * override file is named by its file name and identified by its hash.
 */
public final class DatasetJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DatasetJson() {}

  /**
   * Writes dataset.json atomically.
   *
   * @param inputSha256 table id to the SHA-256 of the bytes read
   */
  public static void write(Path file, ChartDataset data, Map<String, TableSource> sources,
      Map<String, String> inputSha256, String runtimeVersion) throws IOException {
    DatasetConfig c = data.config();
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode rule = root.putObject("rule");
    rule.put("mass_table", c.massTable());
    rule.put("selection", c.selection().describe());
    rule.put("split", c.split().describe());
    ArrayNode evaluation = rule.putArray("evaluation_sets");
    for (EvaluationSet e : c.evaluationSets()) {
      ObjectNode o = evaluation.addObject();
      o.put("id", e.id());
      o.put("table", e.table());
      o.put("selection", (e.selection() == null ? c.selection() : e.selection()).describe());
      o.put("relation", e.relation() == null ? null : e.relation().toString());
    }
    ObjectNode counts = root.putObject("counts");
    data.counts().forEach(counts::put);
    ObjectNode inputs = root.putObject("inputs");
    inputSha256.forEach((id, sha) -> {
      TableSource s = sources.get(id);
      ObjectNode o = inputs.putObject(id);
      o.put("format", s.format().id());
      o.put("bundled", s.file() == null);
      o.put("file", s.file() == null ? s.format().bundledFile() : s.file().getFileName().toString());
      o.put("sha256", sha);
    });
    root.put("target", c.target().id());
    root.put("target_unit", "MeV");
    root.put("seed", c.seed());
    ArrayNode columns = root.putArray("columns");
    NucleiCsv.FIXED_COLUMNS.forEach(columns::add);
    data.featureColumns().forEach(columns::add);
    ObjectNode sets = root.putObject("feature_sets");
    for (ChartFeatures f : c.featureSets()) {
      ArrayNode a = sets.putArray(f.id());
      f.columns().forEach(col -> a.add(f.id() + ":" + col));
    }
    ObjectNode conventions = root.putObject("conventions");
    for (ChartFeatures f : c.featureSets()) {
      conventions.set(f.id(), conventions(f, c));
    }
    ObjectNode baseline = root.putObject("baseline");
    baseline.put("id", c.baseline().id());
    c.baseline().liquidDrop().ifPresent(d -> baseline.set("coefficients", coefficients(d)));
    root.put("runtime_version", runtimeVersion);
    AtomicFiles.writeString(file, MAPPER.writeValueAsString(root) + "\n");
  }

  private static ObjectNode conventions(ChartFeatures f, DatasetConfig c) {
    ObjectNode o = MAPPER.createObjectNode();
    ShellStructure shells = switch (f) {
      case HUANG_I, HUANG_II, HUANG_III -> ShellStructure.HUANG;
      case MUMPOWER -> ShellStructure.MUMPOWER;
      case YANG_X -> ShellStructure.YANG;
    };
    ArrayNode p = o.putArray("proton_magic_numbers");
    shells.protonMagic().forEach(p::add);
    ArrayNode n = o.putArray("neutron_magic_numbers");
    shells.neutronMagic().forEach(n::add);
    switch (f) {
      case HUANG_I, HUANG_II, HUANG_III -> {
        o.put("valence", "core below: V = X - largest magic number < X (0 below the first)");
        o.put("coulomb_c", f == ChartFeatures.HUANG_III ? LiquidDrop.WS4.coulombC() : 1.0);
        if (f == ChartFeatures.HUANG_II) {
          o.put("deformation_coefficients", "WS*: g1 = " + LiquidDrop.WS_STAR.g1() + ", g2 = " + LiquidDrop.WS_STAR.g2());
        }
        if (f == ChartFeatures.HUANG_III) {
          o.put("delta_np", "scalar of S003 Eq. (10)");
          o.put("def_form", c.deformationForm().name());
          o.put("deformation_table", c.deformationTable());
          o.put("deformation_coefficients", "WS4: g1 = " + LiquidDrop.WS4.g1() + ", g2 = " + LiquidDrop.WS4.g2());
        } else {
          o.put("delta_np", "2-vector (1,0) even-even, (0,1) odd-odd, (0,0) odd-A");
        }
      }
      case MUMPOWER -> {
        o.put("valence", "nearest closed shell: V = min over magic m of |X - m|");
        o.put("parity", "Z_eo = Z mod 2, N_eo = N mod 2 (1 = odd)");
      }
      case YANG_X -> {
        o.put("valence", "Z_s = index of the largest magic <= Z (0-based), Z_v = Z - M(Z_s), Z_h = M(Z_s + 1) - Z");
        o.put("promiscuity", "S = d_p d_n / (d_p + d_n), d = |X - nearest magic|, S = 0 when d_p + d_n = 0");
        o.put("parity", "P = ((-1)^Z + (-1)^N) / 2, Z_p = Z mod 2, N_p = N mod 2");
      }
    }
    return o;
  }

  private static ObjectNode coefficients(LiquidDrop d) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("a_v_MeV", d.av());
    o.put("a_s_MeV", d.as());
    o.put("a_c_MeV", d.ac());
    o.put("c_sym_MeV", d.csym());
    o.put("kappa", d.kappa());
    o.put("xi", d.xi());
    o.put("a_pair_MeV", d.apair());
    o.put("g1", d.g1());
    o.put("g2", d.g2());
    o.put("coulomb_c", d.coulombC());
    return o;
  }
}
