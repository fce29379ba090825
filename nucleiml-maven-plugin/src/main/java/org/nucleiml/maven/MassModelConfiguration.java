package org.nucleiml.maven;

import java.io.File;
import org.nucleiml.study.config.DtenModelEntry;
import org.nucleiml.study.config.MassModelEntry;
import org.nucleiml.study.config.MdnModelEntry;

/**
 * POM form of one mass model: {@code <model><id>A-III</id><dataset>${project.build.directory}/nml/dataset/caseA
 * </dataset><featureSet>huang-III</featureSet><hiddenLayers>80,40</hiddenLayers></model>}; method,
 * baseline, seed, schedule, epochs, batchSize and stopping are optional (see {@link MassModelEntry}). With
 * {@code <type>mdn</type>} it is a [S004] mixture density model on a mumpower mass-excess data set (see
 * {@link MdnModelEntry}: schedule, epochs, learningRate, components, lambda, gkReduction, ...). With
 * {@code <type>dten</type>} it is a [S002] density-to-energy ensemble on a chart of nml:generate mode chart
 * (see {@link DtenModelEntry}: chart, target, alpha, architecture, inputs, members, seed, epochs, patience,
 * learningRate, batchSize, validationFraction, splitSeed).
 */
public class MassModelConfiguration {

  /** The model's name, e.g. A-III. */
  String id;
  /** The nml:dataset output directory. */
  File dataset;
  /** huang-I, huang-II or huang-III. */
  String featureSet;
  /** I, II or III; default from the feature set. */
  String method;
  /** none, ws-star or ws4; default none (I), ws-star (II), ws4 (III). */
  String baseline;
  /** Hidden widths, e.g. 80,40. */
  String hiddenLayers;
  /** Seed; default 42. */
  Long seed;
  /** ci (default), huang-<case>-<method> or steps:EPOCH:RATE/...; mdn: ci, full, fast or custom. */
  String schedule;
  /** Epoch budget; default 3,000 for ci. */
  Integer epochs;
  /** Rows per mini-batch, 0 for full batch; default 32 for ci, full batch for a paper schedule. */
  Integer batchSize;
  /** validation (default), fixed or threshold:<loss>. */
  String stopping;
  /**
   * fcnn (default, [S003]), mdn ([S004] mixture density network with the Garvey-Kelson penalty) or dten
   * ([S002] density-to-energy network ensemble).
   */
  String type;
  /** mdn: Gaussians of the head; default 1. */
  Integer components;
  /** mdn: weight of the Garvey-Kelson penalty; default 1 (0 for the ablation). */
  Double lambda;
  /** mdn: MEAN_ABS (default), SUM_ABS or ABS_OF_SUM. */
  String gkReduction;
  /** mdn: a rate (1e-3) or steps epoch:rate/epoch:rate overriding the schedule's. */
  String learningRate;
  /** mdn: coupled weight decay; default 0 (0.01 for schedule full). */
  Double weightDecay;
  /** mdn: TORCH_DEFAULT (default) or HE_NORMAL. */
  String initialisation;
  /** mdn: zscore (default) or minmax. */
  String inputScaling;
  /** mdn: hidden activation; default tanh. */
  String activation;
  /** mdn: smallest predicted sigma (keV) accepted in the mass table; default 1. */
  Double minSigmaKeV;
  /** mdn: first epochs in which the widths are not trained; default 0. */
  Integer sigmaWarmupEpochs;
  /** dten: the output directory of nml:generate mode chart. */
  File chart;
  /** dten: exp (AME2020 binding energies, default) or rmf (the chart's own). */
  String target;
  /** dten: exponent of the loss weight A^alpha; default 1. */
  Double alpha;
  /** dten: lite (default) or tableI. */
  String architecture;
  /** dten: densities (default: profiles and shell features) or shell-only. */
  String inputs;
  /**
   * fcnn: networks trained from the seeds (seed, k), predicting as the mean of their outputs; default 1. mdn:
   * networks trained from different seeds, predicting as one equal-weight mixture; default 1. dten: the
   * ensemble size M (inverse-variance weighted); default 4.
   */
  Integer members;
  /** dten: plateau patience in epochs; default 50. */
  Integer patience;
  /** dten: share of the nuclei in the validation set; default 0.2. */
  Double validationFraction;
  /** dten: seed of the train/validation split; default 42. */
  Long splitSeed;

  /** Whether this is a [S002] density-to-energy ensemble. */
  boolean dten() {
    return DtenModelEntry.isDten(type);
  }

  DtenModelEntry toDtenEntry() {
    return DtenModelEntry.of(id, chart == null ? null : chart.toPath(), target, alpha, architecture, inputs, members,
        seed, epochs, patience, learningRate, batchSize, validationFraction, splitSeed);
  }

  /** Whether this is a [S004] mixture density model. */
  boolean mdn() {
    return MdnModelEntry.isMdn(id, type);
  }

  MdnModelEntry toMdnEntry() {
    return MdnModelEntry.of(id, dataset == null ? null : dataset.toPath(), featureSet, hiddenLayers, seed, schedule,
        epochs, learningRate, weightDecay, components, lambda, gkReduction, initialisation, inputScaling, activation,
        minSigmaKeV, sigmaWarmupEpochs, members);
  }

  MassModelEntry toEntry() {
    return MassModelEntry.of(id, dataset == null ? null : dataset.toPath(), featureSet, method, baseline,
        hiddenLayers, seed, schedule, epochs, batchSize, stopping, members);
  }
}
