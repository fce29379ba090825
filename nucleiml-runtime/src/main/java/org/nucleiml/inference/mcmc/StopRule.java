package org.nucleiml.inference.mcmc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nucleiml.Checks;

/**
 * When to stop sampling: every coordinate has steps > tauFactor * tau, R-hat < rHatTarget and
 * ESS >= minEss (emcee's rule of thumb plus Gelman-Rubin and a precision target), or the step cap.
 *
 * @param tauFactor required chain length in autocorrelation times, > 0 (50 in emcee's docs)
 * @param rHatTarget required R-hat bound, > 1
 * @param minEss required effective sample size per coordinate, >= 0
 * @param maxSteps the cap on recorded-phase sampler steps, > 0
 */
public record StopRule(double tauFactor, double rHatTarget, double minEss, long maxSteps) {

  /** Validates the settings. */
  public StopRule {
    Checks.positive("tauFactor", tauFactor);
    Checks.positive("rHatTarget - 1", rHatTarget - 1);
    Checks.nonNegative("minEss", minEss);
    Checks.positive("maxSteps", (double) maxSteps);
  }

  /** The verdict on diagnostics, listing every coordinate that fails a condition. */
  public StopDecision decide(Diagnostics d, List<String> names) {
    List<String> failing = new ArrayList<>();
    for (int p = 0; p < d.tau().length; p++) {
      String name = names.get(p);
      if (!(d.steps() > tauFactor * d.tau()[p])) {
        failing.add(format("%s: steps %d <= %.0f tau = %.0f", name, d.steps(), tauFactor, tauFactor * d.tau()[p]));
      }
      if (!(d.rHat()[p] < rHatTarget)) {
        failing.add(format("%s: R-hat %.4f >= %.4f", name, d.rHat()[p], rHatTarget));
      }
      if (!(d.ess()[p] >= minEss)) {
        failing.add(format("%s: ESS %.0f < %.0f", name, d.ess()[p], minEss));
      }
    }
    return new StopDecision(failing.isEmpty(), d.steps() >= maxSteps, List.copyOf(failing));
  }

  /**
   * The steps still expected to be needed, from the current largest tau: max(tauFactor tau,
   * minEss tau / walkers) minus the steps done; NaN while tau is undefined.
   */
  public double stepsLeft(Diagnostics d, int walkers) {
    double tau = d.maxTau();
    double needed = Math.max(tauFactor * tau, minEss * tau / walkers);
    return Math.max(0, Math.min(needed, maxSteps) - d.steps());
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
