package org.nucleiml.emulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.nucleiml.emulator.TrainingReport.ClassFigures;
import org.nucleiml.physics.Nucleus;

/** Test-set figures: accuracy with per-class P/R/F1, within-x% fractions, MAPE and R^2 per nucleus. */
final class EmulatorFigures {

  private EmulatorFigures() {}

  static double accuracy(boolean[] truth, boolean[] predicted) {
    int right = 0;
    for (int i = 0; i < truth.length; i++) {
      right += truth[i] == predicted[i] ? 1 : 0;
    }
    return truth.length == 0 ? Double.NaN : (double) right / truth.length;
  }

  /** P/R/F1 of "admissible" (positive) and "non-admissible". */
  static Map<String, ClassFigures> perClass(boolean[] truth, boolean[] predicted) {
    Map<String, ClassFigures> m = new LinkedHashMap<>();
    m.put("admissible", figures(truth, predicted, true));
    m.put("non-admissible", figures(truth, predicted, false));
    return m;
  }

  private static ClassFigures figures(boolean[] truth, boolean[] predicted, boolean positive) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < truth.length; i++) {
      boolean t = truth[i] == positive;
      boolean p = predicted[i] == positive;
      tp += t && p ? 1 : 0;
      fp += !t && p ? 1 : 0;
      fn += t && !p ? 1 : 0;
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new ClassFigures(precision, recall, f1);
  }

  /** Fraction of rows with |pred - truth| / |truth| <= tolerance. */
  static double within(double[] truth, double[] predicted, double tolerance) {
    int ok = 0;
    for (int i = 0; i < truth.length; i++) {
      ok += Math.abs(predicted[i] - truth[i]) <= tolerance * Math.abs(truth[i]) ? 1 : 0;
    }
    return (double) ok / truth.length;
  }

  static double mape(double[] truth, double[] predicted) {
    double sum = 0;
    for (int i = 0; i < truth.length; i++) {
      sum += Math.abs(predicted[i] - truth[i]) / Math.abs(truth[i]);
    }
    return 100 * sum / truth.length;
  }

  /** R^2 over the rows where {@code select[i]} is true (all rows when null). */
  static double r2(double[] truth, double[] predicted, boolean[] select) {
    double mean = 0;
    int count = 0;
    for (int i = 0; i < truth.length; i++) {
      if (select == null || select[i]) {
        mean += truth[i];
        count++;
      }
    }
    mean /= count;
    double residual = 0;
    double total = 0;
    for (int i = 0; i < truth.length; i++) {
      if (select == null || select[i]) {
        residual += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
        total += (truth[i] - mean) * (truth[i] - mean);
      }
    }
    return 1 - residual / total;
  }

  static Map<String, Double> r2PerNucleus(double[] truth, double[] predicted, int[] z, int[] n) {
    Map<String, Double> result = new TreeMap<>();
    for (long key : TargetStatistics.distinctNuclei(z, n, z.length)) {
      int zz = (int) (key >> 32);
      int nn = (int) key;
      boolean[] select = new boolean[z.length];
      for (int i = 0; i < z.length; i++) {
        select[i] = z[i] == zz && n[i] == nn;
      }
      result.put(new Nucleus(zz, nn).name(), r2(truth, predicted, select));
    }
    return result;
  }
}
