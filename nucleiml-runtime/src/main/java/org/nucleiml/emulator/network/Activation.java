package org.nucleiml.emulator.network;

import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * The activation of a hidden layer and its derivative, deterministic on every platform (transcendental
 * parts through {@code StrictMath} and {@link Erf}).
 *
 * @param kind which function
 * @param slope the negative-side slope of {@link Kind#LEAKY_RELU}, in [0, 1); 0 for the others
 */
public record Activation(Kind kind, double slope) {

  /** The functions on offer. */
  public enum Kind {
    /** max(z, 0): the emulator's activation, with its own fast path in the dense kernel. */
    RELU,
    /** z for z > 0, slope * z otherwise (PyTorch LeakyReLU). */
    LEAKY_RELU,
    /** Exact GELU z * Phi(z) (PyTorch's default, not the tanh approximation). */
    GELU,
    /** tanh(z). */
    TANH,
    /** 1 / (1 + exp(-z)). */
    SIGMOID,
    /** z (no activation). */
    LINEAR
  }

  /** ReLU. */
  public static final Activation RELU = new Activation(Kind.RELU, 0);
  /** Exact GELU. */
  public static final Activation GELU = new Activation(Kind.GELU, 0);
  /** tanh. */
  public static final Activation TANH = new Activation(Kind.TANH, 0);
  /** The logistic sigmoid. */
  public static final Activation SIGMOID = new Activation(Kind.SIGMOID, 0);
  /** The identity. */
  public static final Activation LINEAR = new Activation(Kind.LINEAR, 0);

  private static final double SQRT_HALF = 0.70710678118654752440;
  /** 1 / sqrt(2 pi). */
  private static final double INVERSE_SQRT_2PI = 0.39894228040143267794;

  /** Validates the slope. */
  public Activation {
    if (kind == null) {
      throw new InvalidParameterException("activation", null, "one of RELU, LEAKY_RELU, GELU, TANH, SIGMOID, LINEAR");
    }
    Checks.finite("activation_slope", slope);
    if (kind == Kind.LEAKY_RELU ? slope < 0 || slope >= 1 : slope != 0) {
      throw new InvalidParameterException("activation_slope", slope,
          kind == Kind.LEAKY_RELU ? "in [0, 1) for LEAKY_RELU" : "0 (only LEAKY_RELU has a slope)");
    }
  }

  /** LeakyReLU with the given negative-side slope (PyTorch's default is 0.01). */
  public static Activation leakyRelu(double slope) {
    return new Activation(Kind.LEAKY_RELU, slope);
  }

  /**
   * Parses "RELU", "GELU", "TANH", "SIGMOID", "LINEAR" or "LEAKY_RELU(0.01)" (case-insensitive), the
   * form {@link #toString()} writes.
   */
  public static Activation parse(String text) {
    String t = text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT);
    try {
      if (t.startsWith("LEAKY_RELU(") && t.endsWith(")")) {
        return leakyRelu(Double.parseDouble(t.substring(11, t.length() - 1)));
      }
      return new Activation(Kind.valueOf(t), 0);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("activation", text,
          "RELU, LEAKY_RELU(slope), GELU, TANH, SIGMOID or LINEAR");
    }
  }

  /** The activation of the pre-activation {@code z}. */
  public double apply(double z) {
    return switch (kind) {
      case RELU -> Math.max(z, 0.0);
      case LEAKY_RELU -> z > 0 ? z : slope * z;
      case GELU -> z * standardNormalCdf(z);
      case TANH -> StrictMath.tanh(z);
      case SIGMOID -> sigmoid(z);
      case LINEAR -> z;
    };
  }

  /** d apply / dz at the pre-activation {@code z}, whose activation is {@code a}. */
  public double derivative(double z, double a) {
    return switch (kind) {
      case RELU -> z > 0 ? 1.0 : 0.0;
      case LEAKY_RELU -> z > 0 ? 1.0 : slope;
      case GELU -> standardNormalCdf(z) + z * INVERSE_SQRT_2PI * StrictMath.exp(-0.5 * z * z);
      case TANH -> 1.0 - a * a;
      case SIGMOID -> a * (1.0 - a);
      case LINEAR -> 1.0;
    };
  }

  /**
   * {@link #apply}(z), writing {@link #derivative}(z, apply(z)) into {@code slopes[index]}, with the same
   * bits as the two calls: GELU evaluates Phi(z) once for both (training's forward pass keeps the slope
   * for the backward pass, so erfc is not evaluated twice).
   */
  public double applyAndDerive(double z, double[] slopes, int index) {
    if (kind == Kind.GELU) {
      double phi = standardNormalCdf(z);
      slopes[index] = phi + z * INVERSE_SQRT_2PI * StrictMath.exp(-0.5 * z * z);
      return z * phi;
    }
    double a = apply(z);
    slopes[index] = derivative(z, a);
    return a;
  }

  /** Phi(z) = erfc(-z / sqrt 2) / 2: the complement keeps relative accuracy in the far negative tail. */
  static double standardNormalCdf(double z) {
    return 0.5 * Erf.erfc(-z * SQRT_HALF);
  }

  private static double sigmoid(double z) {
    // Both branches avoid exp overflow: exp of a non-positive number only.
    if (z >= 0) {
      return 1.0 / (1.0 + StrictMath.exp(-z));
    }
    double e = StrictMath.exp(z);
    return e / (1.0 + e);
  }

  @Override
  public String toString() {
    return kind == Kind.LEAKY_RELU ? "LEAKY_RELU(" + slope + ")" : kind.name();
  }
}
