package org.nucleiml.validation.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.nucleiml.data.Observable;
import org.nucleiml.validation.Format;
import org.nucleiml.validation.RegressionPoint;
import org.nucleiml.validation.SampleInput;

/**
 * predictions.csv: every regression point of every validation sample, one row per (point,
 * observable), for users who load the validation into pandas rather than read validation.json's
 * aggregates. The bytes are a function of the points only: numbers with 10 significant digits through
 * {@link Format#sig(double, int)} (exact decimal rounding, the same on every JDK), LF line ends, no
 * run facts.
 */
public final class PredictionsCsv {

  /** The file name, beside validation.json. */
  public static final String FILE = "predictions.csv";

  /** The header. */
  public static final List<String> HEADER = List.of("sample", "point", "nucleus", "observable", "solver",
      "emulator", "relative_error");
  /** The extra column when the emulator gives its uncertainty (an ensemble): its standard deviation. */
  public static final String SIGMA = "emulator_sigma";

  private static final int DIGITS = 10;

  private PredictionsCsv() {}

  /**
   * The file's text: for each sample in order, each point in order, binding energy then charge
   * radius; {@code relative_error} is (solver - emulator) / solver, the dX/X of the metrics.
   */
  public static String render(List<SampleInput> samples) {
    StringWriter text = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
      // the sigma column only for an emulator with uncertainty: a single network's file is unchanged
      boolean sigma = samples.stream().flatMap(s -> s.regression().stream())
          .anyMatch(p -> !Double.isNaN(p.sigmaBindingEnergy()));
      List<String> header = new java.util.ArrayList<>(HEADER);
      if (sigma) {
        header.add(SIGMA);
      }
      csv.printRecord(header);
      for (SampleInput sample : samples) {
        List<RegressionPoint> points = sample.regression();
        for (int i = 0; i < points.size(); i++) {
          RegressionPoint p = points.get(i);
          for (Observable o : Observable.values()) {
            double truth = p.truth(o);
            double predicted = p.predicted(o);
            List<Object> row = new java.util.ArrayList<>(List.of(sample.name(), i, p.nucleus(), o.key(),
                Format.sig(truth, DIGITS), Format.sig(predicted, DIGITS), Format.sig((truth - predicted) / truth, DIGITS)));
            if (sigma) {
              row.add(Double.isNaN(p.sigma(o)) ? "" : Format.sig(p.sigma(o), DIGITS));
            }
            csv.printRecord(row);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen: writing to a string", e);
    }
    return text.toString();
  }
}
