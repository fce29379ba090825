package org.nucleiml.inference;

import java.util.Locale;
import java.util.function.Consumer;
import org.nucleiml.inference.mcmc.Diagnostics;

/**
 * Progress lines of a posterior run, at most one per interval: phase, steps, evaluations per second,
 * the latest largest tau, largest R-hat, smallest ESS and the expected time left.
 */
final class RunProgress {

  private static final long INTERVAL_NANOS = 3_000_000_000L;

  private final PosteriorConfig config;
  private final Consumer<String> log;
  private final long start = System.nanoTime();
  private long lastLine = start;
  private Diagnostics latest;

  RunProgress(PosteriorConfig config, Consumer<String> log) {
    this.config = config;
    this.log = log;
  }

  void burnIn(long step, long evaluations) {
    if (due()) {
      line(String.format(Locale.ROOT, "burn-in %d/%d, %s", step, config.burnIn(), rate(evaluations)));
    }
  }

  void sampling(long step, long evaluations) {
    if (due()) {
      line(String.format(Locale.ROOT, "step %d, %s%s", step, rate(evaluations), diagnostics(step, evaluations)));
    }
  }

  void checked(Diagnostics d) {
    latest = d;
  }

  void finished(PosteriorResult r) {
    Diagnostics d = r.diagnostics();
    line(String.format(Locale.ROOT, "%s after %d steps, %d evaluations in %s (%.0f/s), acceptance %.3f, "
        + "max tau %.1f, max R-hat %.4f, min ESS %.0f", r.stop().converged() ? "converged" : "NOT converged",
        r.steps(), r.modelEvaluations(), duration(r.wallSeconds()),
        r.evaluationsPerSecond(), r.acceptanceFraction(), d.maxTau(), d.maxRHat(), d.minEss()));
  }

  private String rate(long evaluations) {
    return String.format(Locale.ROOT, "%.0f evaluations/s", evaluations / seconds());
  }

  private String diagnostics(long step, long evaluations) {
    if (latest == null) {
      return "";
    }
    double left = config.stopRule().stepsLeft(latest, config.walkers());
    double secondsPerStep = seconds() / Math.max(1, step + config.burnIn());
    String eta = Double.isNaN(left) ? "?" : duration(left * secondsPerStep);
    return String.format(Locale.ROOT, ", max tau %.1f, max R-hat %.4f, min ESS %.0f, left ~%s",
        latest.maxTau(), latest.maxRHat(), latest.minEss(), eta);
  }

  private boolean due() {
    long now = System.nanoTime();
    if (now - lastLine < INTERVAL_NANOS) {
      return false;
    }
    lastLine = now;
    return true;
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + "s";
    }
    return s < 3600 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60)
        : String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
  }

  private double seconds() {
    return Math.max((System.nanoTime() - start) / 1e9, 1e-9);
  }

  private void line(String text) {
    log.accept("posterior " + config.name() + ": " + text);
  }
}
