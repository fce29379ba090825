package org.nucleiml.inference.mcmc;

import java.util.List;
import java.util.SplittableRandom;
import org.nucleiml.InvalidParameterException;

/**
 * Several moves, one chosen per walker and step with fixed probabilities (as emcee's list of
 * weighted moves, but per walker). Each component leaves the target invariant, so the mixture does
 * too; the choice depends only on the walker's stream, never on its state.
 *
 * @param moves the component moves, at least one, none itself a mixture
 * @param weights their probabilities: positive, summing to 1 within 1e-9
 */
public record MoveMixture(List<EnsembleMove> moves, List<Double> weights) implements EnsembleMove {

  /** Checks the weights and copies the lists. */
  public MoveMixture {
    moves = List.copyOf(moves);
    weights = List.copyOf(weights);
    if (moves.isEmpty() || moves.size() != weights.size()) {
      throw new InvalidParameterException("moves", moves.size() + " moves, " + weights.size() + " weights",
          "at least one move and one weight per move");
    }
    double sum = 0;
    for (int i = 0; i < moves.size(); i++) {
      if (moves.get(i) instanceof MoveMixture) {
        throw new InvalidParameterException("moves", "a nested mixture", "plain moves");
      }
      if (!(weights.get(i) > 0)) {
        throw new InvalidParameterException("move weight " + i, weights.get(i), "> 0");
      }
      sum += weights.get(i);
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new InvalidParameterException("move weights", weights, "probabilities summing to 1");
    }
  }

  /**
   * The stretch move with probability {@code 1 - deFraction}, else the differential-evolution move
   * tuned for {@code dimension}; a fraction of 0 gives the plain stretch move (same draws, same chain).
   */
  public static EnsembleMove stretchAndDifferentialEvolution(double deFraction, int dimension) {
    if (!(deFraction >= 0 && deFraction <= 1)) {
      throw new InvalidParameterException("differentialEvolutionFraction", deFraction, "a fraction in [0, 1]");
    }
    if (deFraction == 0) {
      return StretchMove.DEFAULT;
    }
    if (deFraction == 1) {
      return DifferentialEvolutionMove.forDimension(dimension);
    }
    return new MoveMixture(List.of(StretchMove.DEFAULT, DifferentialEvolutionMove.forDimension(dimension)),
        List.of(1 - deFraction, deFraction));
  }

  @Override
  public Proposal propose(double[] walker, double[][] complement, SplittableRandom random) {
    double u = random.nextDouble();
    int last = moves.size() - 1;
    double cumulative = 0;
    for (int i = 0; i < last; i++) {
      cumulative += weights.get(i);
      if (u < cumulative) {
        return moves.get(i).propose(walker, complement, random);
      }
    }
    return moves.get(last).propose(walker, complement, random);
  }
}
