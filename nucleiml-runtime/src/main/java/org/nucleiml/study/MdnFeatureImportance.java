package org.nucleiml.study;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.massmodel.ExactShapley;
import org.nucleiml.emulator.massmodel.MdnShapley;
import org.nucleiml.emulator.massmodel.TrainedMdnModel;
import org.nucleiml.masses.NucleusRow;
import org.nucleiml.masses.Nuclide;

/**
 * The [S004] Fig. 3 analogue of one model (spec 4.7): exact interventional Shapley values of its eight
 * features for the predicted mean and sigma over the explained nuclei, with the features ranked by the
 * mean |φ| of the mean. Written by nml:validate-masses as {@code shapley-<model>.csv} (one row per
 * nucleus, keV) and summarised in mass-validation.json and .md; nml:report-masses draws the bars.
 *
 * @param set the explained set's name
 * @param nuclei the explained nuclei, in the data set's order
 * @param background the background count
 * @param features the feature names, in the model's order
 * @param result the values (MeV), outputs {@link MdnShapley#MEAN} and {@link MdnShapley#SIGMA}
 */
record MdnFeatureImportance(String set, List<Nuclide> nuclei, int background, List<String> features,
    ExactShapley.Result result) {

  /** The CSV file of a model, in the validation directory. */
  static String file(String model) {
    return "shapley-" + model + ".csv";
  }

  /** Computes the values of {@code model} on its data set {@code d}. */
  static MdnFeatureImportance of(TrainedMdnModel model, MassDataset d, MdnShapleyOptions options, int threads) {
    String set = options.set() != null ? options.set()
        : d.sets().contains(MdnShapleyOptions.DEFAULT_SET) ? MdnShapleyOptions.DEFAULT_SET : "all2016";
    List<NucleusRow> rows = switch (set) {
      case "train" -> d.rows(MassDataset.TRAIN);
      case "rest" -> d.rows(MassDataset.TEST);
      case "all2016" -> d.rows(MassDataset.ALL);
      default -> {
        if (!d.sets().contains(set) || List.of(MassDataset.TRAIN, MassDataset.TEST, MassDataset.VALIDATION,
            MassDataset.ALL).contains(set)) {
          List<String> allowed = new ArrayList<>(List.of("train", "rest", "all2016"));
          d.sets().stream().filter(s -> !List.of(MassDataset.TRAIN, MassDataset.TEST, MassDataset.VALIDATION,
              MassDataset.ALL).contains(s)).forEach(allowed::add);
          throw new InvalidParameterException("shapleySet", set, "a set of data set " + d.name() + ": " + allowed);
        }
        yield d.rows(set);
      }
    };
    List<Nuclide> explained = rows.stream().map(NucleusRow::nuclide).toList();
    List<Nuclide> background = MdnShapley.evenSubsample(
        d.rows(MassDataset.TRAIN).stream().map(NucleusRow::nuclide).toList(), options.background());
    return new MdnFeatureImportance(set, explained, background.size(), model.features().columns(),
        MdnShapley.values(model, explained, background, threads));
  }

  /** Mean |φ_j| in keV, per output ({@link MdnShapley#MEAN}, {@link MdnShapley#SIGMA}) and feature. */
  double[][] meanAbsKeV() {
    double[][] m = result.meanAbs();
    for (double[] row : m) {
      for (int j = 0; j < row.length; j++) {
        row[j] *= 1000;
      }
    }
    return m;
  }

  /** The features by decreasing mean |φ| of the mean (ties: the model's order). */
  List<String> ranking() {
    double[] m = meanAbsKeV()[MdnShapley.MEAN];
    return IntStream.range(0, m.length).boxed().sorted(Comparator.comparingDouble((Integer j) -> -m[j])
        .thenComparingInt(j -> j)).map(features::get).toList();
  }

  /** One row per explained nucleus: Z, N and φ of the mean and of sigma per feature, keV. */
  String csv() {
    StringBuilder sb = new StringBuilder("Z,N");
    for (String output : List.of("mean", "sigma")) {
      features.forEach(f -> sb.append(",phi_").append(output).append('_').append(f).append("_keV"));
    }
    sb.append('\n');
    for (int i = 0; i < nuclei.size(); i++) {
      sb.append(nuclei.get(i).z()).append(',').append(nuclei.get(i).n());
      for (double[] phi : result.values()[i]) {
        for (double v : phi) {
          sb.append(',').append(String.format(Locale.ROOT, "%.3f", 1000 * v));
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The summary in mass-validation.json. */
  void json(ObjectNode o) {
    double[][] m = meanAbsKeV();
    o.put("set", set).put("count", nuclei.size()).put("background", background)
        .put("base_mean_MeV", round3(result.base()[MdnShapley.MEAN]))
        .put("base_sigma_MeV", round3(result.base()[MdnShapley.SIGMA]));
    ObjectNode f = o.putObject("mean_abs_keV");
    for (int j = 0; j < features.size(); j++) {
      f.putObject(features.get(j)).put("mean", round1(m[MdnShapley.MEAN][j]))
          .put("sigma", round1(m[MdnShapley.SIGMA][j]));
    }
    ArrayNode r = o.putArray("ranking_mean");
    ranking().forEach(r::add);
  }

  /** The summary table in mass-validation.md. */
  void markdown(String model, StringBuilder sb) {
    double[][] m = meanAbsKeV();
    sb.append(String.format(Locale.ROOT, "%n## Feature importance of %s (exact Shapley values, spec 4.7)%n%n"
        + "Mean |φ_j| in keV over the %d nuclei of %s; background: %d training nuclei; base values %.3f MeV "
        + "(mean), %.3f MeV (sigma). Per nucleus: %s.%n%n| feature | mean | sigma |%n|---|---:|---:|%n", model,
        nuclei.size(), set, background, result.base()[MdnShapley.MEAN], result.base()[MdnShapley.SIGMA],
        file(model)));
    for (String f : ranking()) {
      int j = features.indexOf(f);
      sb.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", f, m[MdnShapley.MEAN][j],
          m[MdnShapley.SIGMA][j]));
    }
  }

  private static double round1(double v) {
    return Math.round(v * 10.0) / 10.0;
  }

  private static double round3(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
