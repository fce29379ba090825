package org.nucleiml.inference.mcmc;

/**
 * Some walkers found no start of finite log posterior: the model and the constraints do not fit
 * (a real negative answer of the run, not a programming error). Subclasses
 * {@link IllegalStateException} so that callers written against the sampler's old contract still work.
 */
public class NoFiniteStartException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final int walkersWithoutStart;
  private final int walkers;
  private final int maxDraws;

  /**
   * @param walkersWithoutStart The walkers that found no point.
   * @param walkers The ensemble size.
   * @param maxDraws The draws each walker was allowed.
   */
  public NoFiniteStartException(int walkersWithoutStart, int walkers, int maxDraws) {
    super("initialisation: " + walkersWithoutStart + " of " + walkers
        + " walkers found no point with a finite log posterior in " + maxDraws + " draws each");
    this.walkersWithoutStart = walkersWithoutStart;
    this.walkers = walkers;
    this.maxDraws = maxDraws;
  }

  /** The walkers that found no point. */
  public int walkersWithoutStart() {
    return walkersWithoutStart;
  }

  /** The ensemble size. */
  public int walkers() {
    return walkers;
  }

  /** The draws each walker was allowed. */
  public int maxDraws() {
    return maxDraws;
  }
}
