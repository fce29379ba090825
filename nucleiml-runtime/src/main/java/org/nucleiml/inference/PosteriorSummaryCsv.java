package org.nucleiml.inference;

import java.util.List;
import org.nucleiml.inference.mcmc.Diagnostics;
import org.nucleiml.validation.Format;

/**
 * posterior-summary.csv: the per-parameter summary of posterior.json as a table pandas loads
 * directly, one row per NMP: the run's name and backend, median, 68% and 95% central credible
 * intervals, mean, standard deviation, autocorrelation time, ESS and split R-hat. Numbers have 10
 * significant digits through {@link Format#sig(double, int)} (exact decimal rounding, the same on
 * every JDK); an undefined diagnostic is an empty field; LF line ends; no run facts.
 */
public final class PosteriorSummaryCsv {

  /** The file name, beside posterior.json. */
  public static final String FILE = "posterior-summary.csv";

  /** The header; the names follow posterior.json's keys. */
  public static final List<String> HEADER = List.of("name", "backend", "parameter", "median", "ci68_lower",
      "ci68_upper", "ci95_lower", "ci95_upper", "mean", "sd", "tau_steps", "ess", "r_hat");

  private static final int DIGITS = 10;

  private PosteriorSummaryCsv() {}

  /** The file's text for one run. */
  static String render(PosteriorResult r) {
    StringBuilder b = new StringBuilder(String.join(",", HEADER)).append('\n');
    Diagnostics d = r.diagnostics();
    for (int p = 0; p < r.names().size(); p++) {
      ParameterSummary s = r.summary().parameters().get(p);
      b.append(text(r.config().name())).append(',').append(text(r.backend())).append(',').append(text(s.name()));
      for (double v : new double[] {s.median(), s.lower68(), s.upper68(), s.lower95(), s.upper95(), s.mean(), s.sd(),
          d.tau()[p], d.ess()[p], d.rHat()[p]}) {
        b.append(',').append(Double.isFinite(v) ? Format.sig(v, DIGITS) : "");
      }
      b.append('\n');
    }
    return b.toString();
  }

  // names are checked identifiers (run names, backends, NMP names); quote anyway if one ever holds a comma
  private static String text(String value) {
    return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
