package org.nucleiml.inference;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.nucleiml.inference.mcmc.LogDensity;

/**
 * The log posterior log prior + log L of NMP points, with the model backend's predictions and the
 * admissibility gate. Points outside the prior's support never reach the backend.
 */
public final class PosteriorDensity implements LogDensity {

  private final Prior prior;
  private final GaussianLikelihood likelihood;
  private final ModelBackend backend;
  private final List<Target> targets;
  private final double admissibilityThreshold;
  private final boolean modelUncertainty;
  private final WalkerState[] states;
  private final AtomicLong modelEvaluations = new AtomicLong();

  /**
   * @param prior the prior
   * @param likelihood the likelihood over the constraints
   * @param backend the model
   * @param admissibilityThreshold points whose admissibility is below it get zero likelihood; 0 turns
   *     the gate off
   * @param walkers the ensemble size (one warm-start state per walker)
   */
  public PosteriorDensity(Prior prior, GaussianLikelihood likelihood, ModelBackend backend,
      double admissibilityThreshold, int walkers) {
    this(prior, likelihood, backend, admissibilityThreshold, walkers, false);
  }

  /**
   * @param modelUncertainty add each prediction's own sigma (the emulator ensemble's spread) to the
   *     likelihood's variance; the backend must give sigmas
   */
  public PosteriorDensity(Prior prior, GaussianLikelihood likelihood, ModelBackend backend,
      double admissibilityThreshold, int walkers, boolean modelUncertainty) {
    this.modelUncertainty = modelUncertainty;
    this.prior = prior;
    this.likelihood = likelihood;
    this.backend = backend;
    this.targets = likelihood.constraints().stream().map(Constraint::target).toList();
    this.admissibilityThreshold = admissibilityThreshold;
    this.states = new WalkerState[walkers];
    for (int k = 0; k < walkers; k++) {
      states[k] = new WalkerState(k);
    }
  }

  @Override
  public int dimension() {
    return prior.dimension();
  }

  @Override
  public Evaluation evaluation() {
    return switch (backend.threading()) {
      case BATCHED -> Evaluation.BATCH;
      case CHUNKED -> Evaluation.CHUNKS;
      case PER_POINT -> Evaluation.POINTS;
    };
  }

  @Override
  public void evaluate(double[][] points, int[] walkers, double[] out) {
    int inside = 0;
    int[] index = new int[points.length];
    for (int i = 0; i < points.length; i++) {
      out[i] = prior.logDensity(points[i]);
      if (out[i] > Double.NEGATIVE_INFINITY) {
        index[inside++] = i;
      }
    }
    if (inside > 0) {
      addLikelihood(points, walkers, out, index, inside);
    }
  }

  private void addLikelihood(double[][] points, int[] walkers, double[] out, int[] index, int count) {
    double[][] batch = new double[count][];
    WalkerState[] batchStates = new WalkerState[count];
    for (int j = 0; j < count; j++) {
      batch[j] = points[index[j]];
      batchStates[j] = states[walkers[index[j]]];
    }
    Prediction[] predictions = backend.evaluate(targets, batch, batchStates);
    if (predictions.length != count) {
      throw new IllegalStateException("backend " + backend.name() + " returned " + predictions.length
          + " predictions for " + count + " points");
    }
    modelEvaluations.addAndGet(count);
    for (int j = 0; j < count; j++) {
      out[index[j]] += logLikelihood(predictions[j]);
    }
  }

  private double logLikelihood(Prediction p) {
    if (p.values().length != targets.size()) {
      throw new IllegalStateException("backend " + backend.name() + " returned " + p.values().length
          + " values for " + targets.size() + " targets");
    }
    if (!(p.admissibility() >= admissibilityThreshold)) {
      return Double.NEGATIVE_INFINITY;
    }
    if (modelUncertainty) {
      if (p.sigmas() == null || p.sigmas().length != targets.size()) {
        throw new IllegalStateException("backend " + backend.name() + " returned no uncertainty for "
            + targets.size() + " targets");
      }
      return likelihood.logLikelihood(p.values(), p.sigmas());
    }
    return likelihood.logLikelihood(p.values());
  }

  /** Points the backend has evaluated (points outside the prior support are not counted). */
  public long modelEvaluations() {
    return modelEvaluations.get();
  }
}
