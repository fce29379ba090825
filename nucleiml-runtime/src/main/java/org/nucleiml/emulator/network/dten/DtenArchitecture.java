package org.nucleiml.emulator.network.dten;

import java.util.List;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * The shape of a DTEN ([S002] Table I; the spec's section 5.4): cells C_1 (the count features X1) and
 * C_2 (the shell features X2), each fully connected with {@code featureWidths}; C_3 convolutions on
 * {@code densityChannels x densityLength} profiles, conv i with {@code convChannels[i]} channels,
 * kernel {@code convKernels[i]} and padding {@code convPaddings[i]}, followed by a max pool of kernel
 * (= stride) {@code poolKernels[i]} for all but the last; C_4 = concat(C_1, C_2, C_3) ->
 * BatchNorm1d (no affine parameters) -> fully connected {@code headWidths} -> 1 with a sigmoid.
 * LeakyReLU({@code leakySlope}) follows every convolution and every hidden fully connected layer.
 * Without convolutions (empty {@code convChannels}, {@code convKernels}, {@code convPaddings} and
 * {@code poolKernels}) there is no C_3: the shell-only ablation of the spec's section 5.7, whose rows
 * carry no density profiles ({@link #withoutDensities()}).
 *
 * @param countFeatures width of X1
 * @param shellFeatures width of X2
 * @param densityChannels density profiles per nucleus
 * @param densityLength radii per profile
 * @param featureWidths the widths of C_1 and of C_2
 * @param convChannels output channels of each convolution of C_3
 * @param convKernels kernel of each convolution
 * @param convPaddings zero padding of each convolution
 * @param poolKernels max-pool kernel after each convolution but the last
 * @param headWidths hidden widths of C_4 (the output width 1 is implied)
 * @param leakySlope LeakyReLU's negative slope
 * @param batchNormMomentum the running statistics' momentum
 * @param batchNormEpsilon added to the variance
 */
public record DtenArchitecture(int countFeatures, int shellFeatures, int densityChannels, int densityLength,
    List<Integer> featureWidths, List<Integer> convChannels, List<Integer> convKernels, List<Integer> convPaddings,
    List<Integer> poolKernels, List<Integer> headWidths, double leakySlope, double batchNormMomentum,
    double batchNormEpsilon) {

  /** The network of [S002] Table I: 1,173,281 weights and biases. */
  public static DtenArchitecture tableI() {
    return new DtenArchitecture(6, 6, 6, 150, List.of(32, 64, 128, 256), List.of(32, 64, 128, 256, 512),
        List.of(3, 3, 3, 3, 2), List.of(1, 1, 1, 1, 0), List.of(2, 3, 3, 4), List.of(512, 256, 128, 32), 0.01, 0.1,
        1e-5);
  }

  /**
   * {@code dten-lite} (the spec's section 5.10): every width of Table I halved (convolutions 16-32-64-128-256,
   * feature cells 16-32-64-128, head 256-128-64-16), the same kernels, pools and input shape.
   */
  public static DtenArchitecture lite() {
    return new DtenArchitecture(6, 6, 6, 150, List.of(16, 32, 64, 128), List.of(16, 32, 64, 128, 256),
        List.of(3, 3, 3, 3, 2), List.of(1, 1, 1, 1, 0), List.of(2, 3, 3, 4), List.of(256, 128, 64, 16), 0.01, 0.1,
        1e-5);
  }

  /** Validates the shape (the layers check that every length stays >= 1). */
  public DtenArchitecture {
    Checks.positive("countFeatures", countFeatures);
    Checks.positive("shellFeatures", shellFeatures);
    Checks.positive("densityChannels", densityChannels);
    Checks.positive("densityLength", densityLength);
    featureWidths = positives("featureWidths", featureWidths);
    convChannels = List.copyOf(convChannels);
    convChannels.forEach(v -> Checks.positive("convChannels", v));
    convKernels = List.copyOf(convKernels);
    convKernels.forEach(v -> Checks.positive("convKernels", v));
    convPaddings = List.copyOf(convPaddings);
    poolKernels = List.copyOf(poolKernels);
    poolKernels.forEach(v -> Checks.positive("poolKernels", v));
    headWidths = List.copyOf(headWidths);
    headWidths.forEach(w -> Checks.positive("headWidths", w));
    if (convKernels.size() != convChannels.size() || convPaddings.size() != convChannels.size()) {
      throw new InvalidParameterException("convKernels/convPaddings", convKernels + "/" + convPaddings,
          "one kernel and one padding per convolution (" + convChannels.size() + ")");
    }
    if (poolKernels.size() != Math.max(0, convChannels.size() - 1)) {
      throw new InvalidParameterException("poolKernels", poolKernels,
          Math.max(0, convChannels.size() - 1) + " kernels, one after each convolution but the last");
    }
    Checks.closedRange("leakySlope", leakySlope, 0, 0.999);
    Checks.positive("batchNormEpsilon", batchNormEpsilon);
    Checks.positive("batchNormMomentum", batchNormMomentum);
  }

  /** Whether the network has the density cell C_3 (false for the shell-only ablation). */
  public boolean hasDensities() {
    return !convChannels.isEmpty();
  }

  /** Density values per row: channels x length, or 0 without C_3. */
  public int densityInputs() {
    return hasDensities() ? densityChannels * densityLength : 0;
  }

  /**
   * The same cells C_1, C_2 and head without C_3 (the spec's section 5.7 variant 4, "x-only"): the
   * concatenation holds the two feature cells only, and rows carry no profiles.
   */
  public DtenArchitecture withoutDensities() {
    return new DtenArchitecture(countFeatures, shellFeatures, densityChannels, densityLength, featureWidths, List.of(),
        List.of(), List.of(), List.of(), headWidths, leakySlope, batchNormMomentum, batchNormEpsilon);
  }

  /** The same shape on profiles of {@code length} radii (a chart's grid); the layers check it is long enough. */
  public DtenArchitecture withDensityLength(int length) {
    return new DtenArchitecture(countFeatures, shellFeatures, densityChannels, length, featureWidths, convChannels,
        convKernels, convPaddings, poolKernels, headWidths, leakySlope, batchNormMomentum, batchNormEpsilon);
  }

  private static List<Integer> positives(String name, List<Integer> values) {
    List<Integer> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new InvalidParameterException(name, copy, "at least one width");
    }
    copy.forEach(v -> Checks.positive(name, v));
    return copy;
  }
}
