/**
 * The models a posterior can sample with: the trained emulator and the RMF solver itself, each with
 * an identity that enters the posterior step's fingerprint.
 */
package org.nucleiml.inference.backend;
