package org.nucleiml.masses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counts of the bundled tables and of the selection rules, against the values measured
 * independently for the mass-model spec (sections 1.1, 1.2, 1.5, 1.7). Exact: the rules are
 * deterministic.
 */
class MassTableCountsTest {

  @Test
  void ameTablesHaveTheirNuclideAndMeasuredCounts() {
    assertEquals(3436, BundledTables.AME2016.size());
    assertEquals(2498, BundledTables.AME2016.measuredCount());
    assertEquals(3558, BundledTables.AME2020.size());
    assertEquals(2550, BundledTables.AME2020.measuredCount());
    assertEquals(10237, BundledTables.WS4.entries().size());
    assertEquals(908, BundledTables.RADII.size());
  }

  @Test
  void eachTableUsesItsOwnNeutronAndHydrogenMassExcess() {
    assertEquals(8071.31713, BundledTables.AME2016.neutronExcessKeV(), 0);
    assertEquals(7288.97061, BundledTables.AME2016.hydrogenExcessKeV(), 0);
    assertEquals(8071.31806, BundledTables.AME2020.neutronExcessKeV(), 0);
    assertEquals(7288.971064, BundledTables.AME2020.hydrogenExcessKeV(), 0);
  }

  @Test
  void bindingEnergyFromTheMassExcessAgreesWithTheBundledCsv() {
    // 208Pb in ame2020-binding-energies.csv (A x B/A): 1636.430224 MeV; the spec (1.1) measured
    // agreement to 1.3e-5 MeV on every measured row.
    MassEntry pb = BundledTables.AME2020.entry(82, 126).orElseThrow();
    assertEquals(1636.430224, pb.bindingEnergyMeV(), 1.3e-5);
    assertEquals(false, pb.estimated());
  }

  @Test
  void huangCaseASelectsTwoThousandOneHundredFifty() {
    assertEquals(2150, Selection.HUANG.apply(BundledTables.AME2020).size());
  }

  @Test
  void huangCaseBTrainsOnTwoThousandNinetyAndTestsOnSeventyThree() {
    List<MassEntry> train = Selection.HUANG.apply(BundledTables.AME2016);
    assertEquals(2090, train.size());
    List<MassEntry> test = new SetRelation("ame2016").apply(Selection.HUANG.apply(BundledTables.AME2020),
        Selection.HUANG, BundledTables.AME2016);
    assertEquals(73, test.size());
    long wereEstimates = test.stream()
        .filter(e -> BundledTables.AME2016.entry(e.z(), e.n()).map(MassEntry::estimated).orElse(true))
        .count();
    assertEquals(49, wereEstimates);
  }

  @Test
  void mumpowerSetsOnBothEvaluations() {
    assertEquals(2213, Selection.MUMPOWER.apply(BundledTables.AME2016).size());
    List<MassEntry> all2020 = Selection.MUMPOWER.apply(BundledTables.AME2020);
    assertEquals(2267, all2020.size());
    assertEquals(70, new SetRelation("ame2016").apply(all2020, Selection.MUMPOWER, BundledTables.AME2016).size());
  }

  @Test
  void yangSetsMeasuredAndWithEstimates() {
    assertEquals(1771, Selection.YANG.apply(BundledTables.AME2020).size());
    Selection withEstimates = new Selection(40, true, null, false, null, false, null);
    assertEquals(2509, withEstimates.apply(BundledTables.AME2020).size());
    assertEquals(652, BundledTables.RADII.stream().filter(r -> r.nuclide().z() > 40).count());
  }

  @Test
  void caseAChainsEndWhereTheHuangPaperStoppedTraining() {
    List<MassEntry> caseA = Selection.HUANG.apply(BundledTables.AME2020);
    int[][] chains = {{28, 45}, {50, 85}, {82, 133}, {92, 148}};
    for (int[] c : chains) {
      int last = caseA.stream().filter(e -> e.z() == c[0]).mapToInt(MassEntry::n).max().orElseThrow();
      assertEquals(c[1], last, "last N of the Z = " + c[0] + " chain");
    }
  }
}
