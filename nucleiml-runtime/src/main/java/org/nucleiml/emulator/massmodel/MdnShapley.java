package org.nucleiml.emulator.massmodel;

import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.FeedForwardNetwork;
import org.nucleiml.emulator.network.MixtureDensityHead;
import org.nucleiml.masses.Nuclide;

/**
 * Feature importance of a [S004] model (Fig. 3; spec 4.7): the exact interventional Shapley values
 * ({@link ExactShapley}) of its eight features for the predicted mean mass excess and for the predicted
 * sigma (both MeV), over explained nuclei against a background of training nuclei. Features are
 * exchanged unscaled; the input scaling is affine per feature, so the values are those of the scaled
 * inputs as well.
 */
public final class MdnShapley {

  /** Output 0 of the explained model: the mean mass excess, MeV. */
  public static final int MEAN = 0;
  /** Output 1: the predicted sigma, MeV. */
  public static final int SIGMA = 1;

  private MdnShapley() {}

  /**
   * The Shapley values of {@code model} for the nuclei {@code explained}.
   *
   * @param background the background nuclei (the absent features take their values)
   * @param threads worker threads (never changes a value)
   * @return outputs {@link #MEAN} and {@link #SIGMA}, MeV, inputs in the model's feature order
   */
  public static ExactShapley.Result values(TrainedMdnModel model, List<Nuclide> explained, List<Nuclide> background,
      int threads) {
    if (background.isEmpty()) {
      throw new InvalidParameterException("Shapley background", "no nuclei", "at least one background nucleus");
    }
    MixtureDensityHead head = new MixtureDensityHead(model.definition().components());
    MdnScaling scaling = model.scaling();
    int width = model.features().columns().size();
    double[] shift = scaling.inputShift().stream().mapToDouble(Double::doubleValue).toArray();
    double[] scale = scaling.inputScale().stream().mapToDouble(Double::doubleValue).toArray();
    ThreadLocal<FeedForwardNetwork.Scratch[]> scratch = ThreadLocal.withInitial(model::newScratch);
    ExactShapley.BatchModel f = (rows, count, out) -> {
      double[] scaled = new double[width];
      double[] y = new double[head.outputWidth()];
      double[] meanSigma = new double[2];
      FeedForwardNetwork.Scratch[] s = scratch.get();
      for (int r = 0; r < count; r++) {
        for (int k = 0; k < width; k++) {
          scaled[k] = (rows[r * width + k] - shift[k]) / scale[k];
        }
        model.mixture(scaled, y, meanSigma, s);
        out[2 * r + MEAN] = scaling.target(meanSigma[0]);
        out[2 * r + SIGMA] = scaling.targetStd() * meanSigma[1];
      }
    };
    return ExactShapley.values(f, 2, features(model, explained), features(model, background), threads);
  }

  /**
   * {@code count} nuclei spread evenly over {@code rows} (indices floor(k n / count), k = 0 .. count − 1,
   * in the given order; all of them when count ≥ n): the fixed background subsample of spec 4.7.
   */
  public static List<Nuclide> evenSubsample(List<Nuclide> rows, int count) {
    if (count < 1) {
      throw new InvalidParameterException("Shapley background", count, "at least one nucleus");
    }
    int n = rows.size();
    if (count >= n) {
      return List.copyOf(rows);
    }
    Nuclide[] pick = new Nuclide[count];
    for (int k = 0; k < count; k++) {
      pick[k] = rows.get((int) ((long) k * n / count));
    }
    return List.of(pick);
  }

  private static double[][] features(TrainedMdnModel model, List<Nuclide> nuclei) {
    double[][] x = new double[nuclei.size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = model.features().compute(nuclei.get(i).z(), nuclei.get(i).n(), null);
    }
    return x;
  }
}
