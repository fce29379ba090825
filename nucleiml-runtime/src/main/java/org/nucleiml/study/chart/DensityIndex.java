package org.nucleiml.study.chart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.nucleus.SolverSettings;

/**
 * densities.json, the index of densities.bin: its layout (little-endian float64, nucleus-major, the
 * six channels of {@link ChartRun#CHANNELS} of {@code points} radii each), the radial grid, the
 * components option, the coupling set and solver settings, the SHA-256 of densities.bin, and for each
 * converged nucleus its byte offset. Holds no run facts (it is hashed and fingerprinted).
 */
final class DensityIndex {

  /** The format's name and version. */
  static final String FORMAT = "nml-densities-1";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DensityIndex() {}

  static void write(Path file, ChartRun run, List<ChartRow> rows, String sha256) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("file", ChartRun.DENSITIES_FILE);
    root.put("sha256", sha256);
    root.put("dtype", "float64");
    root.put("byte_order", "little-endian");
    root.put("layout", "nucleus-major: per nucleus the channels in order, each over the radii in order");
    ArrayNode channels = root.putArray("channels");
    ChartRun.CHANNELS.forEach(channels::add);
    ObjectNode units = root.putObject("units");
    units.put("rho", "fm^-3");
    units.put("tau", "fm^-5");
    units.put("J", "fm^-4");
    int points = run.points();
    ObjectNode grid = root.putObject("grid");
    grid.put("mesh_step_fm", run.solver().meshStepFm());
    grid.put("box_radius_fm", run.solver().boxRadiusFm());
    grid.put("points", points);
    grid.put("radii", "r_k = k * mesh_step_fm, k = 1.." + points);
    root.put("density_components", run.components().id());
    root.put("nucleus_bytes", ChartRun.CHANNELS.size() * points * Double.BYTES);
    root.put("coupling_set", run.couplingSet().name());
    couplings(root.putObject("couplings"), run.couplingSet().couplings(), run.couplingSet().constants());
    solver(root.putObject("solver"), run.solver());
    ArrayNode nuclei = root.putArray("nuclei");
    long offset = 0;
    int index = 0;
    for (ChartRow r : rows) {
      if (!r.converged()) {
        continue;
      }
      ObjectNode n = nuclei.addObject();
      n.put("Z", r.nucleus().z());
      n.put("N", r.nucleus().n());
      n.put("index", index++);
      n.put("offset", offset);
      offset += (long) ChartRun.CHANNELS.size() * points * Double.BYTES;
    }
    root.put("count", index);
    root.put("size_bytes", offset);
    AtomicFiles.writeString(file, JSON.writeValueAsString(root) + "\n");
  }

  private static void couplings(ObjectNode o, Couplings c, ModelConstants m) {
    o.put("g_sigma", c.gSigma());
    o.put("g_omega", c.gOmega());
    o.put("g_rho", c.gRho());
    o.put("A_MeV", c.aMeV());
    o.put("B", c.b());
    o.put("C", c.c());
    o.put("Lambda_v", c.lambdaV());
    o.put("m_sigma", m.mSigma());
    o.put("m_omega", m.mOmega());
    o.put("m_rho", m.mRho());
    o.put("nucleon_mass", m.nucleonMass());
  }

  private static void solver(ObjectNode o, SolverSettings s) {
    o.put("max_iterations", s.maxIterations());
    o.put("tolerance_MeV", s.tolerance());
    o.put("pairing", s.pairing().prescription().key());
    o.put("pairing_gap_coefficient_MeV", s.pairing().gapCoefficientMeV());
    o.put("center_of_mass_coefficient_MeV", s.centerOfMass().hbarOmegaCoefficientMeV());
  }
}
