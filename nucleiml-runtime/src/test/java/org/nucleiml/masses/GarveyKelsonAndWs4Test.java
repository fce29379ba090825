package org.nucleiml.masses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Garvey-Kelson relation and WS4 comparisons against the numbers measured independently for the
 * mass-model spec (sections 2.3, 3.7, 4.6). The spec prints keV to three figures, so the tolerance
 * is 0.5 keV on rms values and exact on counts.
 */
class GarveyKelsonAndWs4Test {

  private static final double HALF_KEV = 0.5;

  @Test
  void gkOfTheDataOnAme2016AndAme2020() {
    // Counted where all five partners are in the set too (Z >= 20, measured).
    List<Nuclide> s2016 = BundledTables.nuclides(Selection.MUMPOWER.apply(BundledTables.AME2016));
    GarveyKelson.Summary d2016 = GarveyKelson.summary(BundledTables.AME2016.within(s2016), s2016);
    assertEquals(1632, d2016.count());
    assertEquals(192, d2016.rmsMeV() * 1000, HALF_KEV);
    assertEquals(142, d2016.meanAbsMeV() * 1000, HALF_KEV);
    List<Nuclide> s2020 = BundledTables.nuclides(Selection.MUMPOWER.apply(BundledTables.AME2020));
    GarveyKelson.Summary d2020 = GarveyKelson.summary(BundledTables.AME2020.within(s2020), s2020);
    assertEquals(1672, d2020.count());
    assertEquals(188, d2020.rmsMeV() * 1000, HALF_KEV);
    assertEquals(139, d2020.meanAbsMeV() * 1000, HALF_KEV);
  }

  @Test
  void gkOfWs4OverTheMumpowerSetAndItsUniverse() {
    List<Nuclide> s = BundledTables.nuclides(Selection.MUMPOWER.apply(BundledTables.AME2016));
    // WS4's own B (-Eth) and the B from its mass excess Mth differ by rounding; both give 98 / 67.
    for (MassSurface ws4Surface : List.of(BundledTables.WS4, BundledTables.WS4.massExcessSurface(BundledTables.AME2016))) {
      GarveyKelson.Summary ws4 = GarveyKelson.summary(ws4Surface, s);
      assertEquals(2213, ws4.count());
      assertEquals(98, ws4.rmsMeV() * 1000, HALF_KEV);
      assertEquals(67, ws4.meanAbsMeV() * 1000, HALF_KEV);
    }
    Set<Nuclide> universe = GarveyKelson.universe(s);
    assertEquals(2835, universe.size());
    assertEquals(18, universe.stream().mapToInt(Nuclide::z).min().orElseThrow());
  }

  @Test
  void gkIsTheSameForMassExcessAndBindingEnergy() {
    // The six coefficients sum to zero with vanishing Z- and N-moments: Z dH + N dn cancels.
    for (int[] c : new int[][] {{50, 70}, {60, 50}}) {
      List<GarveyKelson.Term> terms = GarveyKelson.terms(c[0], c[1]);
      assertEquals(0, terms.stream().mapToInt(GarveyKelson.Term::coefficient).sum());
      assertEquals(0, terms.stream().mapToInt(t -> t.coefficient() * t.nuclide().z()).sum());
      assertEquals(0, terms.stream().mapToInt(t -> t.coefficient() * t.nuclide().n()).sum());
      assertEquals(5, GarveyKelson.partners(c[0], c[1]).size());
    }
  }

  @Test
  void ws4AgainstAmeOnTheStudySets() {
    List<MassEntry> caseA = Selection.HUANG.apply(BundledTables.AME2020);
    MassSurface ws4On2020 = BundledTables.WS4.massExcessSurface(BundledTables.AME2020);
    MassSurface ws4On2016 = BundledTables.WS4.massExcessSurface(BundledTables.AME2016);
    assertEquals(267, MassMetrics.bindingEnergy(ws4On2020, BundledTables.AME2020,
        BundledTables.nuclides(caseA)).rmsKeV(), HALF_KEV);
    List<MassEntry> caseBTest = new SetRelation("ame2016").apply(caseA, Selection.HUANG, BundledTables.AME2016);
    MassErrors b = MassMetrics.bindingEnergy(ws4On2020, BundledTables.AME2020,
        BundledTables.nuclides(caseBTest));
    assertEquals(73, b.count());
    assertEquals(296, b.rmsKeV(), HALF_KEV);
    List<Nuclide> s = BundledTables.nuclides(Selection.MUMPOWER.apply(BundledTables.AME2016));
    assertEquals(276, MassMetrics.bindingEnergy(ws4On2016, BundledTables.AME2016, s).rmsKeV(), HALF_KEV);
    List<Nuclide> all2020 = BundledTables.nuclides(Selection.MUMPOWER.apply(BundledTables.AME2020));
    assertEquals(274, MassMetrics.bindingEnergy(ws4On2020, BundledTables.AME2020, all2020).rmsKeV(), HALF_KEV);
  }

  @Test
  void metricsOnAKnownErrorVector() {
    // Errors 1..20 keV: rms sqrt(2870 / 20) = 11.98, mean 10.5, p95 = 19th smallest = 19.
    double[] e = new double[20];
    for (int i = 0; i < 20; i++) {
      e[i] = (i + 1) / 1000.0;
    }
    MassErrors m = MassErrors.ofMeV(e);
    assertEquals(Math.sqrt(143.5), m.rmsKeV(), 1e-9);
    assertEquals(10.5, m.meanKeV(), 1e-9);
    assertEquals(10.5, m.maeKeV(), 1e-9);
    assertEquals(20, m.maxAbsKeV(), 1e-9);
    assertEquals(19, m.p95AbsKeV(), 1e-9);
  }

  @Test
  void separationEnergiesAndRegions() {
    // 208Pb: S_n = B(208Pb) - B(207Pb) = 7.368 MeV (AME2020).
    assertEquals(7.368, MassMetrics.neutronSeparation(BundledTables.AME2020, 82, 126).getAsDouble(), 1e-3);
    assertEquals(8.004, MassMetrics.protonSeparation(BundledTables.AME2020, 82, 126).getAsDouble(), 1e-3);
    List<Nuclide> caseA = BundledTables.nuclides(Selection.HUANG.apply(BundledTables.AME2020));
    Map<String, MassErrors> bands = MassMetrics.byRegion(BundledTables.WS4, BundledTables.AME2020, caseA,
        ChartRegion.Z_BANDS);
    assertEquals(caseA.size(), bands.values().stream().mapToInt(MassErrors::count).sum());
    Map<String, MassErrors> parity = MassMetrics.byRegion(BundledTables.WS4, BundledTables.AME2020, caseA,
        ChartRegion.PARITY_CLASSES);
    assertEquals(caseA.size(), parity.values().stream().mapToInt(MassErrors::count).sum());
    MassErrors sn = MassMetrics.neutronSeparation(BundledTables.WS4, BundledTables.AME2020.measuredSurface(), caseA);
    // WS4 separation energies are much better than its masses (errors correlate along chains).
    assertEquals(true, sn.rmsKeV() < 267 && sn.count() > 2000, "S_n rms " + sn.rmsKeV());
  }
}
