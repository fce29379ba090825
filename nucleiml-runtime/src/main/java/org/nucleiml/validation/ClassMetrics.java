package org.nucleiml.validation;

/**
 * Precision, recall and F1 of one class (NaN where undefined, e.g. precision of a never-predicted class).
 *
 * @param label the class name
 * @param precision TP / (TP + FP)
 * @param recall TP / (TP + FN)
 * @param f1 2 TP / (2 TP + FP + FN)
 * @param support the number of points whose true class is this one
 */
public record ClassMetrics(String label, double precision, double recall, double f1, long support) {}
