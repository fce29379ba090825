package org.nucleiml.emulator.massmodel;

import java.util.List;

/**
 * How training went, epoch by epoch, without wall times (so it can be hashed and released).
 *
 * @param points one entry per epoch run
 * @param keptEpoch the epoch whose parameters the model carries
 * @param stoppedEarly whether the stopping rule ended training before the epoch budget
 */
public record LearningCurve(List<Point> points, int keptEpoch, boolean stoppedEarly) {

  /**
   * One epoch.
   *
   * @param epoch 1-based
   * @param trainingLoss mean loss over the epoch's mini-batches (z-scored outputs)
   * @param validationLoss mean loss on the validation rows after the epoch
   * @param learningRate Adam's step size during the epoch
   */
  public record Point(int epoch, double trainingLoss, double validationLoss, double learningRate) {}

  /** Copies the points. */
  public LearningCurve {
    points = List.copyOf(points);
  }

  /** CSV with header {@code epoch,training_loss,validation_loss,learning_rate}, '\n' line ends. */
  public String toCsv() {
    StringBuilder b = new StringBuilder("epoch,training_loss,validation_loss,learning_rate\n");
    for (Point p : points) {
      b.append(p.epoch()).append(',').append(p.trainingLoss()).append(',').append(p.validationLoss())
          .append(',').append(p.learningRate()).append('\n');
    }
    return b.toString();
  }
}
