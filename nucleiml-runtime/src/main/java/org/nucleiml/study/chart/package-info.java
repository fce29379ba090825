/**
 * The chart mode of nml:generate (issue #15, docs/chart.md): one coupling set solved for every
 * nucleus of a mass-model data set, writing chart.csv, the radial density profiles densities.bin
 * and their index densities.json, with gates on the converged fraction and the solver's binding
 * energies and charge radii.
 */
package org.nucleiml.study.chart;
