package org.nucleiml.emulator.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;

/** Tests for {@link Activation}: reference values and derivatives against central finite differences. */
class ActivationTest {

  private static final List<Activation> ALL = List.of(Activation.RELU, Activation.leakyRelu(0.01),
      Activation.GELU, Activation.TANH, Activation.SIGMOID, Activation.LINEAR);

  @Test
  void testApply_geluMatchesPhiValues() {
    // Phi(1) = 0.841344746068542948585, Phi(-1) = 0.158655253931457051415, Phi(2) = 0.977249868051820792800
    // (standard normal table, DLMF 7.2); PyTorch's exact GELU gives the same to the last digit shown.
    assertEquals(0.841344746068542948585, Activation.GELU.apply(1.0), 2e-16);
    assertEquals(-0.158655253931457051415, Activation.GELU.apply(-1.0), 1e-16);
    assertEquals(2 * 0.977249868051820792800, Activation.GELU.apply(2.0), 4e-16);
    // Far tail: x Phi(x) with Phi(-10) = 7.6198530241605260659e-24; relative accuracy kept through erfc.
    assertEquals(-7.6198530241605260659e-23, Activation.GELU.apply(-10.0), 1e-35);
    assertEquals(0.0, Activation.GELU.apply(0.0), 0.0);
  }

  @Test
  void testApply_simpleActivations() {
    assertEquals(0.0, Activation.RELU.apply(-2.0), 0.0);
    assertEquals(-0.02, Activation.leakyRelu(0.01).apply(-2.0), 1e-18);
    assertEquals(3.0, Activation.leakyRelu(0.01).apply(3.0), 0.0);
    assertEquals(0.76159415595576488812, Activation.TANH.apply(1.0), 1e-16);
    assertEquals(0.73105857863000487925, Activation.SIGMOID.apply(1.0), 1e-16);
    assertEquals(1.0 - 0.73105857863000487925, Activation.SIGMOID.apply(-1.0), 1e-16);
    assertEquals(0.0, Activation.SIGMOID.apply(-800), 0.0);
    assertEquals(1.0, Activation.SIGMOID.apply(800), 0.0);
    assertEquals(-1.5, Activation.LINEAR.apply(-1.5), 0.0);
  }

  @Test
  void testDerivative_matchesFiniteDifferences() {
    double h = 1e-6;
    for (Activation act : ALL) {
      for (int i = -40; i <= 40; i++) {
        double z = i / 8.0 + 0.0123;
        double numeric = (act.apply(z + h) - act.apply(z - h)) / (2 * h);
        double analytic = act.derivative(z, act.apply(z));
        assertEquals(numeric, analytic, 1e-8 * Math.max(1, Math.abs(numeric)), act + " at " + z);
      }
    }
  }

  @Test
  void testApplyAndDerive_sameBitsAsTheSeparateCalls() {
    double[] slope = new double[1];
    for (Activation act : ALL) {
      for (int i = -60; i <= 60; i++) {
        double z = i / 7.0 - 0.001;
        double a = act.applyAndDerive(z, slope, 0);
        assertEquals(act.apply(z), a, 0.0, act + " at " + z);
        assertEquals(act.derivative(z, a), slope[0], 0.0, act + " slope at " + z);
      }
    }
  }

  @Test
  void testParse_roundTripsText() {
    for (Activation act : ALL) {
      assertEquals(act, Activation.parse(act.toString()));
    }
    assertEquals(Activation.leakyRelu(0.2), Activation.parse("leaky_relu(0.2)"));
  }

  @Test
  void testConstruction_rejectsBadSlopeAndName() {
    InvalidParameterException slope = assertThrows(InvalidParameterException.class, () -> Activation.leakyRelu(1.5));
    assertEquals("activation_slope", slope.parameter());
    assertThrows(InvalidParameterException.class, () -> new Activation(Activation.Kind.GELU, 0.1));
    InvalidParameterException name = assertThrows(InvalidParameterException.class, () -> Activation.parse("swish"));
    assertTrue(name.getMessage().contains("swish"), name.getMessage());
  }
}
