package org.nucleiml.physics.nucleus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.reference.ReferenceSets;
import org.nucleiml.reference.ReferenceSets.ReferenceSet;

/**
 * Compares {@link RmfSolver} with the independent Hartree code of rmf-reference-nuclei.csv (nucleiHF,
 * no pairing) for NL3, FSUGold and TM1 on 13 nuclei, under the constant-gap and the no-pairing
 * prescriptions: binding energy and charge radius within 0.1%, except the cases below, which are
 * explained by their configurations (docs/physics-finite-nuclei.md, section 5). All 39 are closed
 * (sub)shells in our solve, so both prescriptions give the same numbers.
 */
class ReferenceNucleiTest {

  private static final double TOLERANCE = 0.001;

  /**
   * The exceptions and their own tolerances {BE, Rch}, each with the reason:
   * <ul>
   *   <li>TM1 54Ca: neutron 2p1/2 and 1f5/2 are 0.12 MeV apart; we close N = 34 with 2p1/2^2, the
   *   reference's neutron radius (0.048 fm below ours) is that of 1f5/2^2 (which gives it within
   *   0.0004 fm). BE -0.13%, Rch -0.60%.</li>
   *   <li>FSUGold 48Ni: the last 8 protons (1f7/2) sit at +0.23 MeV, above the threshold, held by
   *   the Coulomb barrier; Rch +0.106% (the largest Rch difference of every set is 48Ni).</li>
   * </ul>
   */
  private static final Map<String, double[]> EXCEPTIONS = Map.of(
      "TM1 54Ca", new double[] {0.003, 0.01},
      "FSUGold 48Ni", new double[] {TOLERANCE, 0.0015});

  @ParameterizedTest
  @EnumSource(value = PairingPrescription.class, names = {"CONSTANT_GAP", "NONE"})
  void testSolve_matchesIndependentCodeForAllReferenceNuclei(PairingPrescription prescription) {
    RmfSolver solver =
        new RmfSolver(SolverSettings.DEFAULT.withPairing(PairingSettings.of(prescription)));
    List<String> failures = new ArrayList<>();
    StringBuilder table = new StringBuilder();
    for (CSVRecord r : ReferenceSets.records("rmf-reference-nuclei.csv")) {
      ReferenceSet set = ReferenceSets.named(r.get("name"));
      Nucleus nucleus = new Nucleus(Integer.parseInt(r.get("Z")), Integer.parseInt(r.get("N")));
      NucleusSolution s = solver.solve(nucleus, set.couplings(), set.constants());
      double be = ReferenceSets.d(r, "binding_energy_MeV");
      double rch = ReferenceSets.d(r, "charge_radius_fm");
      double dBe = (s.bindingEnergyMeV() - be) / be;
      double dR = (s.chargeRadiusFm() - rch) / rch;
      table.append(String.format("%-8s %-6s it=%3d BE %10.4f ref %10.4f (%+.4f%%) Rch %7.4f ref %7.4f"
          + " (%+.4f%%) %s%n", set.name(), nucleus.name(), s.iterations(), s.bindingEnergyMeV(), be,
          100 * dBe, s.chargeRadiusFm(), rch, 100 * dR, s.configuration()));
      double[] tolerance = EXCEPTIONS.getOrDefault(set.name() + " " + nucleus.name(),
          new double[] {TOLERANCE, TOLERANCE});
      if (!s.converged() || !(Math.abs(dBe) < tolerance[0]) || !(Math.abs(dR) < tolerance[1])) {
        failures.add(set.name() + " " + nucleus.name() + " " + s.reason());
      }
    }
    System.out.print(table);
    assertTrue(failures.isEmpty(), failures + "\n" + table);
  }
}
