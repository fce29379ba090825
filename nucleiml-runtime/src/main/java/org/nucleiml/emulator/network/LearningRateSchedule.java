package org.nucleiml.emulator.network;

import java.util.List;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * Adam's step size epoch by epoch. The trainer asks {@link #rateBefore} before every epoch; a
 * {@link Plateau} schedule is in addition driven by the validation loss after each epoch (it may
 * reload the best parameters and ends training once the rate falls below its floor).
 */
public sealed interface LearningRateSchedule {

  /** The rate of the first epoch. */
  double initialRate();

  /**
   * The rate for {@code epoch} (1-based).
   *
   * @param previousTrainingLoss the mean training loss of the previous epoch, +infinity before the first
   * @param currentRate the rate of the previous epoch (after any plateau reduction)
   */
  double rateBefore(int epoch, double previousTrainingLoss, double currentRate);

  /** One rate throughout. */
  record Constant(double rate) implements LearningRateSchedule {
    /** Validates the rate. */
    public Constant {
      Checks.positive("learning_rate", rate);
    }

    @Override
    public double initialRate() {
      return rate;
    }

    @Override
    public double rateBefore(int epoch, double previousTrainingLoss, double currentRate) {
      return rate;
    }
  }

  /**
   * A rate that changes at given epochs.
   *
   * @param fromEpoch the first epoch (1-based, strictly increasing, the first one 1) of each rate
   * @param rates the rate from that epoch on, each > 0
   */
  record Steps(List<Integer> fromEpoch, List<Double> rates) implements LearningRateSchedule {
    /** Validates the table. */
    public Steps {
      fromEpoch = List.copyOf(fromEpoch);
      rates = List.copyOf(rates);
      if (fromEpoch.isEmpty() || fromEpoch.size() != rates.size() || fromEpoch.get(0) != 1) {
        throw new InvalidParameterException("learning_rate_steps", fromEpoch + " -> " + rates,
            "as many rates as start epochs, the first starting at epoch 1");
      }
      for (int i = 0; i < rates.size(); i++) {
        Checks.positive("learning_rate_steps rate", rates.get(i));
        if (i > 0 && fromEpoch.get(i) <= fromEpoch.get(i - 1)) {
          throw new InvalidParameterException("learning_rate_steps epochs", fromEpoch, "strictly increasing");
        }
      }
    }

    @Override
    public double initialRate() {
      return rates.get(0);
    }

    @Override
    public double rateBefore(int epoch, double previousTrainingLoss, double currentRate) {
      double rate = rates.get(0);
      for (int i = 1; i < fromEpoch.size() && fromEpoch.get(i) <= epoch; i++) {
        rate = rates.get(i);
      }
      return rate;
    }
  }

  /**
   * A rate chosen before each epoch from the previous epoch's mean training loss ([S003] Table II):
   * the rate of the first band whose lower bound the loss reaches; before the first epoch the top band.
   *
   * @param lowerBounds the loss at which each band starts, strictly decreasing, the last one 0
   * @param rates each band's rate, > 0
   */
  record LossBands(List<Double> lowerBounds, List<Double> rates) implements LearningRateSchedule {
    /** Validates the table. */
    public LossBands {
      lowerBounds = List.copyOf(lowerBounds);
      rates = List.copyOf(rates);
      if (lowerBounds.isEmpty() || lowerBounds.size() != rates.size()
          || lowerBounds.get(lowerBounds.size() - 1) != 0.0) {
        throw new InvalidParameterException("learning_rate_bands", lowerBounds + " -> " + rates,
            "as many rates as lower loss bounds, the last bound 0 (the band below all others)");
      }
      for (int i = 0; i < rates.size(); i++) {
        Checks.positive("learning_rate_bands rate", rates.get(i));
        if (i > 0 && lowerBounds.get(i) >= lowerBounds.get(i - 1)) {
          throw new InvalidParameterException("learning_rate_bands bounds", lowerBounds, "strictly decreasing");
        }
      }
    }

    @Override
    public double initialRate() {
      return rates.get(0);
    }

    @Override
    public double rateBefore(int epoch, double previousTrainingLoss, double currentRate) {
      for (int i = 0; i < rates.size(); i++) {
        if (previousTrainingLoss >= lowerBounds.get(i)) {
          return rates.get(i);
        }
      }
      return rates.get(rates.size() - 1);
    }
  }

  /**
   * Reduce on plateau ([S002] §III): after {@code patience} epochs without a new lowest validation
   * loss the rate is multiplied by {@code factor} and, with {@code reloadBest}, the parameters of the
   * best epoch are restored (Adam's moments are kept); training ends once the rate falls below
   * {@code minRate}.
   *
   * @param rate the initial rate, > 0
   * @param patience epochs without improvement before a reduction, >= 1
   * @param factor in (0, 1)
   * @param minRate the floor, >= 0 and below {@code rate}
   * @param reloadBest whether a reduction restores the best parameters
   */
  record Plateau(double rate, int patience, double factor, double minRate, boolean reloadBest)
      implements LearningRateSchedule {
    /** Validates the fields. */
    public Plateau {
      Checks.positive("learning_rate", rate);
      Checks.positive("plateau_patience", patience);
      Checks.openRange("plateau_factor", factor, 0, 1);
      Checks.nonNegative("plateau_min_rate", minRate);
      if (minRate >= rate) {
        throw new InvalidParameterException("plateau_min_rate", minRate, "below the initial rate " + rate);
      }
    }

    @Override
    public double initialRate() {
      return rate;
    }

    @Override
    public double rateBefore(int epoch, double previousTrainingLoss, double currentRate) {
      return currentRate;
    }
  }
}
