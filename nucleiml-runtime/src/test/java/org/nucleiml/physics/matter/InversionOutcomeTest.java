package org.nucleiml.physics.matter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.NuclearMatterParameters;

/** Tests for {@link InversionOutcome} and the input checks that guard the inverse map. */
class InversionOutcomeTest {

  private static final Couplings FSU =
      new Couplings(10.592431, 14.301989, 11.767332, 843.98968, 49.935375, 0.009999999, 0.06);

  @Test
  void testNone_hasReasonAndMessageButNoCouplings() {
    InversionOutcome out = InversionOutcome.none(NoCouplingsReason.Q0_TOO_HIGH, "Q0 = 300 MeV");
    assertFalse(out.hasCouplings());
    assertNull(out.diagnostics());
    IllegalStateException e = assertThrows(IllegalStateException.class, out::couplings);
    assertEquals("no couplings: Q0_TOO_HIGH: Q0 = 300 MeV", e.getMessage());
  }

  @Test
  void testFound_hasCouplingsAndNoReason() {
    SoftDiagnostics d = new SoftDiagnostics(1, false, Double.NaN, false, false);
    InversionOutcome out = InversionOutcome.found(FSU, d);
    assertTrue(out.hasCouplings());
    assertEquals(FSU, out.couplings());
    assertNull(out.reason());
    assertNull(out.message());
    assertFalse(d.rhoMassVanishesBelow(3, 0.15));
  }

  @Test
  void testConstructor_rejectsMixedOutcome() {
    SoftDiagnostics d = new SoftDiagnostics(1, false, Double.NaN, false, false);
    assertThrows(IllegalArgumentException.class,
        () -> new InversionOutcome(FSU, NoCouplingsReason.Q0_TOO_LOW, "x", d));
    assertThrows(IllegalArgumentException.class, () -> new InversionOutcome(null, null, null, null));
  }

  @Test
  void testNuclearMatterParameters_rejectNonPhysicalInputBeforeTheInverseMap() {
    // The inverse map takes the record, so these never reach it; the messages name the field.
    assertMessage("rho0: found 0.0, expected a finite number > 0",
        () -> new NuclearMatterParameters(0, -16, 230, -500, 0.6, 32, 60));
    assertMessage("E0: found NaN, expected a finite number",
        () -> new NuclearMatterParameters(0.15, Double.NaN, 230, -500, 0.6, 32, 60));
    assertMessage("Q0: found -Infinity, expected a finite number",
        () -> new NuclearMatterParameters(0.15, -16, 230, Double.NEGATIVE_INFINITY, 0.6, 32, 60));
    assertMessage("mstar_over_m: found 1.0, expected a finite number in (0.0, 1.0)",
        () -> new NuclearMatterParameters(0.15, -16, 230, -500, 1.0, 32, 60));
  }

  private static void assertMessage(String expected, Runnable r) {
    InvalidParameterException e = assertThrows(InvalidParameterException.class, r::run);
    assertEquals(expected, e.getMessage());
  }
}
