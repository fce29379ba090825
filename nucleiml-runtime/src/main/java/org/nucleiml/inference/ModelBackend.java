package org.nucleiml.inference;

import java.util.List;

/**
 * A model that predicts the constrained observables for NMP points: the RMF solver or the emulator.
 *
 * <p>Threading contract, chosen by {@link #threading()}:
 * <ul>
 *   <li>{@link Threading#BATCHED}: the sampler makes one call per half-ensemble from one thread with
 *       all its points (the emulator's fast path: one batched network pass); the backend may use its
 *       own threads inside the call.
 *   <li>{@link Threading#CHUNKED}: the sampler splits each half-ensemble into one contiguous batch per
 *       thread and calls {@code evaluate} concurrently, so the backend must be thread-safe (a
 *       single-threaded emulator using all cores while keeping its batches).
 *   <li>{@link Threading#PER_POINT}: the sampler calls {@code evaluate} concurrently from its worker
 *       threads, one point per call, so the backend must be thread-safe (the solver: one solve per
 *       walker, spread over cores).
 * </ul>
 *
 * <p>Each point comes with its walker's {@link WalkerState}, which the backend may use to go faster,
 * never to change its answer: the prediction must be a function of the point alone, or the sampler
 * would not sample the posterior (the RMF solver's warm starts did change convergence, see
 * {@code SolverBackend}). A walker's state is never passed to two concurrent calls,
 * and each walker sees the same sequence of points at any thread count, so a backend that uses only
 * its walker's state stays deterministic.
 */
public interface ModelBackend {

  /** How the sampler should call {@link #evaluate}. */
  enum Threading {
    /** One call per batch of points, from one thread. */
    BATCHED,
    /** Concurrent calls, one contiguous share of the batch per thread. */
    CHUNKED,
    /** Concurrent single-point calls from the sampler's worker threads. */
    PER_POINT
  }

  /** A short name for logs and outputs, e.g. "emulator" or "rmf-solver". */
  String name();

  /** How the sampler should call {@link #evaluate}. */
  Threading threading();

  /**
   * Predicts the targets at each point.
   *
   * @param targets the quantities to predict, the same list for every call of a run
   * @param points NMP points, one row per point in {@link org.nucleiml.physics.NuclearMatterParameters#NAMES} order
   * @param states one state per point (its walker's), per-walker scratch
   * @return one prediction per point, its values in target order
   */
  Prediction[] evaluate(List<Target> targets, double[][] points, WalkerState[] states);

  /**
   * Whether {@link Prediction#sigmas()} carries the model's own uncertainty (an emulator ensemble);
   * a posterior with emulatorUncertainty needs it.
   */
  default boolean predictsUncertainty() {
    return false;
  }

  /**
   * Where a run with these targets and this prior would ask the model outside what it was built for
   * (nuclei an emulator was not trained on, prior support reaching outside its training box), one
   * sentence each; empty when nowhere. A model valid everywhere (the solver) returns nothing.
   */
  default List<String> outsideDomain(List<Target> targets, Prior prior) {
    return List.of();
  }
}
