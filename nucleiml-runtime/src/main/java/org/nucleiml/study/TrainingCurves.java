package org.nucleiml.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.nucleiml.validation.TrainingCurve;

/** The learning curves of the classifier and each regression network, read from emulator.json. */
final class TrainingCurves {

  private TrainingCurves() {}

  /** One curve per network that recorded a history; the regression loss name comes from the hyper-parameters. */
  static List<TrainingCurve> of(JsonNode descriptor) {
    JsonNode training = descriptor.path("training");
    List<TrainingCurve> curves = new ArrayList<>();
    curve("classifier", "cross-entropy", training.path("classifier"), curves);
    String loss = training.path("hyper_parameters").path("regression_loss").asText("MAPE");
    for (JsonNode r : training.path("regressors")) {
      List<String> targets = new ArrayList<>();
      r.path("targets").forEach(t -> targets.add(t.asText()));
      // an ensemble's members each have a curve of their own (training_curves is keyed by the name)
      String member = r.has("member") ? " member " + r.path("member").asInt() : "";
      curve("regressor " + String.join("+", targets) + member, loss, r, curves);
    }
    return curves;
  }

  private static void curve(String model, String loss, JsonNode network, List<TrainingCurve> out) {
    JsonNode history = network.path("history");
    if (history.size() == 0) {
      return;
    }
    double[] train = new double[history.size()];
    double[] validation = new double[history.size()];
    for (int i = 0; i < train.length; i++) {
      train[i] = history.get(i).path("training_loss").asDouble();
      validation[i] = history.get(i).path("validation_loss").asDouble();
    }
    out.add(new TrainingCurve(model, loss, train, validation));
  }
}
