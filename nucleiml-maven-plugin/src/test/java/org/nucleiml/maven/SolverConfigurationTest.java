package org.nucleiml.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.nucleus.PairingPrescription;
import org.nucleiml.physics.nucleus.SolverSettings;

/** Tests for {@link SolverConfiguration}: the POM's pairing prescription. */
class SolverConfigurationTest {

  private static PairingPrescription pairing(String value) {
    SolverConfiguration c = new SolverConfiguration();
    c.pairing = value;
    return c.toSettings().pairing().prescription();
  }

  @Test
  void toSettings_pairingByNameOrEarlierBoolean() {
    assertEquals(SolverSettings.DEFAULT, new SolverConfiguration().toSettings());
    assertEquals(PairingPrescription.NONE, pairing("none"));
    assertEquals(PairingPrescription.CONSTANT_G, pairing("constant-g"));
    assertEquals(PairingPrescription.CONSTANT_GAP, pairing("true"));
    assertEquals(PairingPrescription.NONE, pairing("false"));
  }

  @Test
  void toSettings_unknownPairingNamesTheParameter() {
    InvalidParameterException e =
        assertThrows(InvalidParameterException.class, () -> pairing("bcs"));
    assertTrue(e.getMessage().contains("solver.pairing") && e.getMessage().contains("constant-g"),
        e.getMessage());
  }
}
