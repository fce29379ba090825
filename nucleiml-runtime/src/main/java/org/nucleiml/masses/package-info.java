/**
 * The nuclear chart as data, for mass-model studies: readers for the AME2016 and AME2020 mass
 * tables, the WS4 theoretical table and the Angeli-Marinova charge radii; selection rules and set
 * relations; shell structure (magic numbers, valence counts); the WS* and WS4 liquid-drop
 * baselines; the feature sets of the huang, mumpower and yang studies; the Garvey-Kelson relation;
 * mass metrics; and the {@code nuclei.csv} data set a mass-model trainer reads.
 *
 * <p>Sits beside {@code data}: it depends only on the root package, {@code physics} and
 * {@code files}. Specification: the project's mass-model-studies note, sections 1-2.
 */
package org.nucleiml.masses;
