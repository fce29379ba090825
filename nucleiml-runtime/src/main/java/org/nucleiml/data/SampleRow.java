package org.nucleiml.data;

import java.util.ArrayList;
import java.util.List;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.NuclearMatterParameters;

/**
 * One row of samples.csv: a (sample, nucleus) pair with its inputs, results and class.
 *
 * @param sampleId index of the NMP point in the run
 * @param nmp the point
 * @param couplings its couplings, or null when none exist
 * @param nucleus the nucleus
 * @param bindingEnergyMeV solver BE, NaN when not available
 * @param chargeRadiusFm solver Rch, NaN when not available
 * @param iterations solver iterations (0 when not solved)
 * @param converged whether the solver converged
 * @param admissibility the four-class label
 * @param reason why the row is not admissible, null when admissible
 */
public record SampleRow(long sampleId, NuclearMatterParameters nmp, Couplings couplings,
    Nucleus nucleus, double bindingEnergyMeV, double chargeRadiusFm, int iterations,
    boolean converged, Admissibility admissibility, String reason) {

  /** The CSV cells in the order of {@link SampleColumns#HEADER}. */
  public List<String> cells() {
    List<String> cells = new ArrayList<>(SampleColumns.HEADER.size());
    cells.add(Long.toString(sampleId));
    for (double v : nmp.toArray()) {
      cells.add(number(v));
    }
    for (double v : couplingValues()) {
      cells.add(number(v));
    }
    cells.add(nucleus.name());
    cells.add(Integer.toString(nucleus.z()));
    cells.add(Integer.toString(nucleus.n()));
    cells.add(Integer.toString(nucleus.a()));
    cells.add(number(bindingEnergyMeV));
    cells.add(number(chargeRadiusFm));
    cells.add(Integer.toString(iterations));
    cells.add(Boolean.toString(converged));
    cells.add(admissibility.binaryLabel());
    cells.add(admissibility.id());
    cells.add(reason == null ? "" : reason);
    return cells;
  }

  private double[] couplingValues() {
    if (couplings == null) {
      double[] none = new double[SampleColumns.COUPLINGS.size()];
      java.util.Arrays.fill(none, Double.NaN);
      return none;
    }
    Couplings c = couplings;
    return new double[] {c.gSigma(), c.gOmega(), c.gRho(), c.aMeV(), c.b(), c.c(), c.lambdaV()};
  }

  // Double.toString is the shortest text that parses back to the same double, on every JVM:
  // that makes the file byte-identical across machines and lossless.
  private static String number(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }
}
