package org.nucleiml.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;

/** Tests for the physics value types: {@link Nucleus}, {@link NuclearMatterParameters}, {@link Couplings}, {@link ModelConstants}. */
class PhysicsValuesTest {

  @Test
  void testNucleusParse_acceptsTheWrittenForms() {
    assertEquals(new Nucleus(82, 126), Nucleus.parse("208Pb"));
    assertEquals(new Nucleus(82, 126), Nucleus.parse("pb208"));
    assertEquals(new Nucleus(82, 126), Nucleus.parse(" Pb-208 "));
    assertEquals(new Nucleus(8, 8), Nucleus.parse("16o"));
    assertEquals(new Nucleus(118, 176), Nucleus.parse("294Og"));
  }

  @Test
  void testNucleusName_roundTripsAndCountsNucleons() {
    Nucleus sn = Nucleus.parse("132Sn");
    assertEquals(50, sn.z());
    assertEquals(82, sn.n());
    assertEquals(132, sn.a());
    assertEquals("Sn", sn.symbol());
    assertEquals("132Sn", sn.name());
    assertEquals(sn, Nucleus.parse(sn.toString()));
  }

  @Test
  void testNucleusParse_badTextNamesItAndWhatIsAllowed() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Nucleus.parse("999Xx"));
    assertEquals("nucleus", e.parameter());
    assertEquals("a known element symbol (H ... Og)", e.allowed());
    assertThrows(InvalidParameterException.class, () -> Nucleus.parse("Pb"));
    assertEquals("a mass number A >= Z = 82",
        assertThrows(InvalidParameterException.class, () -> Nucleus.parse("50Pb")).allowed());
    assertThrows(InvalidParameterException.class, () -> new Nucleus(0, 1));
    assertThrows(InvalidParameterException.class, () -> new Nucleus(119, 180));
    assertThrows(InvalidParameterException.class, () -> new Nucleus(8, -1));
  }

  @Test
  void testNuclearMatterParameters_arrayOrderIsTheNamesOrder() {
    double[] v = {0.15, -16, 230, -400, 0.6, 32, 50};
    NuclearMatterParameters p = NuclearMatterParameters.fromArray(v);
    assertEquals(230, p.k0());
    assertEquals(0.6, p.mStarOverM());
    assertArrayEquals(v, p.toArray());
    assertEquals(7, NuclearMatterParameters.NAMES.size());
    assertEquals("mstar_over_m", NuclearMatterParameters.NAMES.get(4));
  }

  @Test
  void testNuclearMatterParameters_rejectsUnphysicalValuesByName() {
    assertEquals("mstar_over_m", assertThrows(InvalidParameterException.class,
        () -> new NuclearMatterParameters(0.15, -16, 230, -400, 1.0, 32, 50)).parameter());
    assertEquals("rho0", assertThrows(InvalidParameterException.class,
        () -> new NuclearMatterParameters(0, -16, 230, -400, 0.6, 32, 50)).parameter());
    assertEquals("L0", assertThrows(InvalidParameterException.class,
        () -> new NuclearMatterParameters(0.15, -16, 230, -400, 0.6, 32, Double.NaN)).parameter());
    assertThrows(InvalidParameterException.class, () -> NuclearMatterParameters.fromArray(new double[6]));
  }

  @Test
  void testCouplingsAndConstants_validateEveryField() {
    new Couplings(10, 13, 0, 1500, -10, -30, 0.01);
    assertEquals("g_sigma", assertThrows(InvalidParameterException.class,
        () -> new Couplings(0, 13, 4, 1500, -10, -30, 0.01)).parameter());
    assertEquals("g_rho", assertThrows(InvalidParameterException.class,
        () -> new Couplings(10, 13, -1, 1500, -10, -30, 0.01)).parameter());
    assertEquals("Lambda_v", assertThrows(InvalidParameterException.class,
        () -> new Couplings(10, 13, 4, 1500, -10, -30, Double.POSITIVE_INFINITY)).parameter());
    assertEquals(508.1941, ModelConstants.STUDY.mSigma());
    assertEquals(939.0, ModelConstants.STUDY.nucleonMass());
    assertEquals("m_rho", assertThrows(InvalidParameterException.class,
        () -> new ModelConstants(508, 782, -763, 939)).parameter());
  }
}
