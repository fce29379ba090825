package org.nucleiml.masses;

/**
 * One row of nuclei.csv: a nucleus in one set, with its target, baseline and unscaled features.
 *
 * @param nuclide Z and N
 * @param element element symbol
 * @param table id of the table the target comes from
 * @param measured false for a {@code #} estimate
 * @param targetMeV the target, MeV
 * @param targetUncertaintyMeV its uncertainty, MeV
 * @param split train, validation, test or an evaluation set id
 * @param baselineMeV B_LD, MeV, NaN without a baseline
 * @param residualMeV target − B_LD, MeV, NaN without a baseline
 * @param features the feature columns, all sets concatenated in the configured order
 */
public record NucleusRow(Nuclide nuclide, String element, String table, boolean measured,
    double targetMeV, double targetUncertaintyMeV, String split, double baselineMeV, double residualMeV,
    double[] features) {}
