package org.nucleiml.emulator.network;

/**
 * The state of a {@link LearningRateSchedule.Plateau} schedule during one run: counts the epochs since
 * the best validation epoch or the last reduction, whichever is later, and reduces the rate (reloading
 * the best parameters when the schedule says so) once that count reaches the patience.
 */
public final class PlateauTracker {

  private final LearningRateSchedule.Plateau schedule;
  private int lastChange;

  /** @param schedule the schedule followed */
  public PlateauTracker(LearningRateSchedule.Plateau schedule) {
    this.schedule = schedule;
  }

  /** The schedule followed. */
  public LearningRateSchedule.Plateau schedule() {
    return schedule;
  }

  /**
   * After an epoch recorded in {@code best}: the rate for the next one, copying the best parameters into
   * {@code p} on a reduction with reload.
   */
  public double after(EarlyStopping best, double rate, double[] p) {
    int epoch = Math.max(best.bestEpoch(), lastChange);
    int current = best.lastEpoch();
    if (current - epoch < schedule.patience()) {
      return rate;
    }
    lastChange = current;
    if (schedule.reloadBest()) {
      System.arraycopy(best.bestParameters(), 0, p, 0, p.length);
    }
    return rate * schedule.factor();
  }
}
