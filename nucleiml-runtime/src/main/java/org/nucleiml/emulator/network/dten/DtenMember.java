package org.nucleiml.emulator.network.dten;

/**
 * One trained member of a DTEN ensemble: everything needed to predict binding energies on its own.
 *
 * @param index the member's index in its ensemble
 * @param plan the hyper-parameters it was trained with (its seed is the ensemble's)
 * @param scaling the input and target scaling of the training set
 * @param model the kept network
 * @param keptEpoch the epoch of the kept network
 * @param epochs epochs run
 * @param validationRmsMeV its RMS binding-energy error on the validation set, sigma_i of the weights
 */
public record DtenMember(int index, DtenPlan plan, DtenScaling scaling, DtenModel model, int keptEpoch, int epochs,
    double validationRmsMeV) {

  /** The seed of this member's draws: (ensemble seed, index). */
  public long memberSeed() {
    return org.nucleiml.Seeds.derive(plan.seed(), index);
  }

  /** Binding energies (MeV) of raw rows (unscaled inputs; targets ignored). */
  public double[] bindingEnergies(DtenData raw, int threads) {
    return bindingEnergies(plan.architecture(), scaling, model, raw, threads);
  }

  private static double[] bindingEnergies(DtenArchitecture a, DtenScaling scaling, DtenModel model, DtenData raw,
      int threads) {
    double[] y = model.predict(scaling.scale(raw, a), threads);
    double[] b = new double[y.length];
    for (int r = 0; r < y.length; r++) {
      b[r] = scaling.bindingEnergy(y[r], raw.massNumbers()[r]);
    }
    return b;
  }

  /** RMS of predicted minus target binding energy over raw rows (targets in MeV). */
  public static double rms(double[] predicted, DtenData raw) {
    double sum = 0;
    for (int r = 0; r < predicted.length; r++) {
      double e = predicted[r] - raw.targets()[r];
      sum += e * e;
    }
    return Math.sqrt(sum / predicted.length);
  }

  /**
   * Trains member {@code index}: fits the scaling on {@code train}, trains from the seed
   * (plan seed, index) and measures the validation RMS. Members are independent (each can run as its
   * own cluster array task).
   *
   * @param train raw training rows (targets: binding energies, MeV)
   * @param validation raw validation rows
   */
  public static DtenMember train(DtenPlan plan, int index, DtenData train, DtenData validation,
      java.util.function.Consumer<org.nucleiml.emulator.network.EpochLoss> listener) {
    org.nucleiml.Checks.nonNegative("member index", index);
    DtenScaling scaling = DtenScaling.fit(train, plan.architecture());
    long seed = org.nucleiml.Seeds.derive(plan.seed(), index);
    DtenTrainingResult result = new DtenTrainer(plan).train(seed, scaling.scale(train, plan.architecture()),
        scaling.scale(validation, plan.architecture()), listener);
    double sigma = rms(bindingEnergies(plan.architecture(), scaling, result.model(), validation, plan.threads()),
        validation);
    return new DtenMember(index, plan, scaling, result.model(), result.keptEpoch(), result.history().size(), sigma);
  }
}
