package org.nucleiml.maven;

import org.nucleiml.physics.ModelConstants;
import org.nucleiml.study.config.ConstantsEntry;


/** POM form of the model constants ({@code <constants>}), MeV; defaults are the study's masses. */
public class ConstantsConfiguration {

  /** Sigma meson mass, MeV (default 508.1941). */
  Double mSigma;
  /** Omega meson mass, MeV (default 782.501). */
  Double mOmega;
  /** Rho meson mass, MeV (default 763.0). */
  Double mRho;
  /** Nucleon mass, MeV (default 939). */
  Double nucleonMass;

  /** The constants: the study's with the configured values replaced. */
  ModelConstants toConstants() {
    return new ConstantsEntry(mSigma, mOmega, mRho, nucleonMass).toConstants();
  }
}
