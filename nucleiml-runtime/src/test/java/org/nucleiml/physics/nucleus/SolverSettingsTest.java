package org.nucleiml.physics.nucleus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;

/** Tests for {@link SolverSettings} and its parts. */
class SolverSettingsTest {

  @Test
  void testDefault_studyValues() {
    SolverSettings d = SolverSettings.DEFAULT;
    assertEquals(999, d.maxIterations());
    assertEquals(12 / Math.sqrt(144), d.pairing().gapMeV(144), 1e-15);
    assertEquals(-0.75 * 41 / 6.0, d.centerOfMass().energyMeV(216), 1e-12);
    assertEquals(Math.sqrt(29.7985 + 0.7071 - 0.1161 * 126 / 82.0),
        d.chargeRadius().chargeRadiusFm(Math.sqrt(29.7985), 82, 126), 1e-12);
    assertEquals(15.0, d.boxRadiusFm(16), 0.0);
  }

  @Test
  void testConstructor_badValuesRejectedWithName() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> SolverSettings.DEFAULT.withMeshStep(-0.1));
    assertTrue(e.getMessage().contains("mesh_step_fm"), e.getMessage());
    assertThrows(InvalidParameterException.class, () -> SolverSettings.DEFAULT.withBoxRadius(1.0));
    assertThrows(InvalidParameterException.class, () -> SolverSettings.DEFAULT.withMaxIterations(0));
    assertThrows(InvalidParameterException.class, () -> new PairingSettings(true, 0, 1));
    assertThrows(InvalidParameterException.class, () -> new CenterOfMassCorrection(Double.NaN));
    assertThrows(InvalidParameterException.class, () -> SolverSettings.DEFAULT.withPairing(null));
  }

  @Test
  void testDiracLevel_quantumNumbers() {
    DiracLevel p12 = new DiracLevel(1, 1);
    DiracLevel i132 = new DiracLevel(-7, 1);
    assertEquals("1p1/2", p12.label());
    assertEquals("1i13/2", i132.label());
    assertEquals(14, i132.degeneracy());
    assertThrows(InvalidParameterException.class, () -> new DiracLevel(0, 1));
  }
}
