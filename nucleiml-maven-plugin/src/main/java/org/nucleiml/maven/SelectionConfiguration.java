package org.nucleiml.maven;

import org.nucleiml.masses.Selection;

/**
 * POM form of a selection rule, e.g. huang's {@code <zMin>20</zMin><zMinExclusive>true</zMinExclusive>
 * <nMin>20</nMin><nMinExclusive>true</nMinExclusive><measuredOnly>true</measuredOnly>
 * <maxUncertaintyKeV>100</maxUncertaintyKeV>}. A bound left out is no bound.
 */
public class SelectionConfiguration {

  /** Lower bound on Z. */
  Integer zMin;
  /** True for Z &gt; zMin (default false: Z &gt;= zMin). */
  boolean zMinExclusive;
  /** Lower bound on N. */
  Integer nMin;
  /** True for N &gt; nMin (default false: N &gt;= nMin). */
  boolean nMinExclusive;
  /** Upper bound on Z (inclusive). */
  Integer zMax;
  /** Drop the {@code #} estimates. */
  boolean measuredOnly;
  /** Keep sigma(mass excess) strictly below this, keV. */
  Double maxUncertaintyKeV;

  Selection toSelection() {
    return new Selection(zMin, zMinExclusive, nMin, nMinExclusive, zMax, measuredOnly, maxUncertaintyKeV);
  }
}
