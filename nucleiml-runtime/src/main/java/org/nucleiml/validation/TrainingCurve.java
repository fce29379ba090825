package org.nucleiml.validation;

import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * The per-epoch training and validation loss of one model, for the report's learning-curve plot.
 *
 * @param model the model's name, e.g. "classifier"
 * @param lossName what the loss is, e.g. "categorical cross-entropy" or "MAPE (%)"
 * @param trainLoss the training loss of each epoch
 * @param validationLoss the validation loss of each epoch, as many as training losses
 */
public record TrainingCurve(String model, String lossName, double[] trainLoss, double[] validationLoss) {

  /** Validates equal, non-zero lengths and finite losses. */
  public TrainingCurve {
    if (model == null || model.isBlank()) {
      throw new InvalidParameterException("training curve model", model, "a non-blank name");
    }
    trainLoss = trainLoss.clone();
    validationLoss = validationLoss.clone();
    if (trainLoss.length == 0 || trainLoss.length != validationLoss.length) {
      throw new InvalidParameterException("validationLoss of " + model, validationLoss.length + " epochs",
          trainLoss.length + " epochs, as many as trainLoss (and at least one)");
    }
    for (int i = 0; i < trainLoss.length; i++) {
      Checks.finite("trainLoss of " + model + "[" + i + "]", trainLoss[i]);
      Checks.finite("validationLoss of " + model + "[" + i + "]", validationLoss[i]);
    }
  }

  @Override
  public double[] trainLoss() {
    return trainLoss.clone();
  }

  @Override
  public double[] validationLoss() {
    return validationLoss.clone();
  }

  /** The 1-based epoch of the lowest validation loss (early stopping keeps this one). */
  public int bestEpoch() {
    int best = 0;
    for (int i = 1; i < validationLoss.length; i++) {
      best = validationLoss[i] < validationLoss[best] ? i : best;
    }
    return best + 1;
  }
}
