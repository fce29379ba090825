package org.nucleiml.maven;

import java.io.File;
import org.nucleiml.study.config.MassModelEntry;

/**
 * POM form of one mass model: {@code <model><id>A-III</id><dataset>${project.build.directory}/nml/dataset/caseA
 * </dataset><featureSet>huang-III</featureSet><hiddenLayers>80,40</hiddenLayers></model>}; method,
 * baseline, seed, schedule, epochs, batchSize and stopping are optional (see {@link MassModelEntry}).
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
  /** ci (default) or huang-<case>-<method>. */
  String schedule;
  /** Epoch budget; default 3,000 for ci. */
  Integer epochs;
  /** Rows per mini-batch, 0 for full batch; default 32 for ci, full batch for a paper schedule. */
  Integer batchSize;
  /** validation (default), fixed or threshold:<loss>. */
  String stopping;

  MassModelEntry toEntry() {
    return MassModelEntry.of(id, dataset == null ? null : dataset.toPath(), featureSet, method, baseline,
        hiddenLayers, seed, schedule, epochs, batchSize, stopping);
  }
}
