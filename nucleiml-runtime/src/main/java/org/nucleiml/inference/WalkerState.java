package org.nucleiml.inference;

/**
 * Per-walker scratch a backend may keep between evaluations to go faster (never to change a
 * prediction, which must depend on the point alone).
 * Only the thread evaluating the walker touches it; the sampler orders successive evaluations.
 */
public final class WalkerState {

  private final int walker;
  private Object data;

  /** A fresh state of walker {@code walker}. */
  public WalkerState(int walker) {
    this.walker = walker;
  }

  /** The walker's index in the ensemble. */
  public int walker() {
    return walker;
  }

  /** What the backend stored last time, or null. */
  public Object data() {
    return data;
  }

  /** Stores backend data for the walker's next evaluation. */
  public void setData(Object data) {
    this.data = data;
  }
}
