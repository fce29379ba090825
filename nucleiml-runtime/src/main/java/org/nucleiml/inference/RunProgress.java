package org.nucleiml.inference;

import java.util.Locale;
import java.util.function.Consumer;
import org.nucleiml.inference.mcmc.Diagnostics;

/**
 * Progress lines of a posterior run, at most one per interval: phase, steps, evaluations per second,
 * the latest largest tau, largest R-hat, smallest ESS and the expected time left.
 */
final class RunProgress {

  // A line every 3 s at first, then every tenth of the time elapsed, at most once a minute: a
  // 5-second emulator run still reports, a 30-minute solver run logs about 40 lines, not 600.
  private static final long MIN_INTERVAL_NANOS = 3_000_000_000L;
  private static final long MAX_INTERVAL_NANOS = 60_000_000_000L;

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
      double secondsPerStep = seconds() / Math.max(1, step);
      line(String.format(Locale.ROOT, "burn-in %d/%d, %s, burn-in left ~%s", step, config.burnIn(),
          rate(evaluations), duration((config.burnIn() - step) * secondsPerStep)));
    }
  }

  void sampling(long step, long evaluations) {
    if (due()) {
      line(String.format(Locale.ROOT, "step %d, %s%s", step, rate(evaluations), diagnostics(step, evaluations)));
    }
  }

  void reweighting(long done, long total) {
    if (due() || done == total) {
      double secondsPerDraw = seconds() / Math.max(1, done);
      line(String.format(Locale.ROOT, "importance sampling: %d/%d draws, %s, left ~%s", done, total,
          rate(done), duration((total - done) * secondsPerDraw)));
    }
  }

  void checked(Diagnostics d) {
    latest = d;
  }

  void finished(PosteriorResult r) {
    Diagnostics d = r.diagnostics();
    if (r.importance() != null) {
      ImportanceSummary s = r.importance();
      line(String.format(Locale.ROOT, "%s: %d draws of %s reweighted, %d with a finite posterior, Kish ESS %.0f,"
          + " largest weight %.4f, min ESS %.0f, %d evaluations in %s (%.0f/s)",
          r.stop().converged() ? "converged" : "NOT converged (ESS below minEss)", s.draws(), s.proposalName(),
          s.finite(), s.kishEss(), s.maxWeight(), d.minEss(), r.modelEvaluations(), duration(r.wallSeconds()),
          r.evaluationsPerSecond()));
      return;
    }
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
      // Before the first stop-rule check only the step cap bounds the run.
      double secondsPerStep = seconds() / Math.max(1, step + config.burnIn());
      return String.format(Locale.ROOT, ", first check at step %d, at most ~%s to the cap", config.checkInterval(),
          duration((config.stopRule().maxSteps() - step) * secondsPerStep));
    }
    // The estimate is from the last check (checks are sparse); count the steps taken since then.
    double sinceCheck = Math.max(0, step - (double) latest.steps() * config.thin());
    double left = Math.max(0, config.stopRule().stepsLeft(latest, config.walkers()) - sinceCheck);
    double secondsPerStep = seconds() / Math.max(1, step + config.burnIn());
    String eta = Double.isNaN(left) ? "?" : duration(left * secondsPerStep);
    return String.format(Locale.ROOT, ", max tau %.1f, max R-hat %.4f, min ESS %.0f, left ~%s",
        latest.maxTau(), latest.maxRHat(), latest.minEss(), eta);
  }

  private boolean due() {
    long now = System.nanoTime();
    long interval = Math.min(MAX_INTERVAL_NANOS, Math.max(MIN_INTERVAL_NANOS, (now - start) / 10));
    if (now - lastLine < interval) {
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
