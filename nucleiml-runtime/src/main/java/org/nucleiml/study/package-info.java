/**
 * What makes a study a reproducible build: step fingerprints and manifests for up-to-date checks,
 * atomic output files, content hashes and progress reporting, shared by every pipeline step.
 */
package org.nucleiml.study;
