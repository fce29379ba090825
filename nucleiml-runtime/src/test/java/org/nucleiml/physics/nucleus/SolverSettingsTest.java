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
  void testPairing_prescriptionsParseAndTheDefaultPrintsAsBefore() {
    assertEquals(PairingPrescription.CONSTANT_GAP, SolverSettings.DEFAULT.pairing().prescription());
    assertEquals(PairingPrescription.NONE, PairingPrescription.parse("pairing", " None "));
    assertEquals(PairingPrescription.CONSTANT_G, PairingPrescription.parse("pairing", "constant-g"));
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> PairingPrescription.parse("--pairing", "bcs"));
    assertTrue(e.getMessage().contains("--pairing") && e.getMessage().contains("constant-gap"),
        e.getMessage());
    // The settings text is part of the solver posterior's identity: the default must print exactly
    // as it did before the prescription existed.
    assertEquals("PairingSettings[enabled=true, gapCoefficientMeV=12.0, windowInHbarOmega=1.0]",
        PairingSettings.DEFAULT.toString());
    assertEquals(new PairingSettings(false, 12.0, 1.0), PairingSettings.of(PairingPrescription.NONE));
    assertEquals(20.0 / 208, PairingSettings.of(PairingPrescription.CONSTANT_G).strengthMeV(208),
        1e-15);
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
