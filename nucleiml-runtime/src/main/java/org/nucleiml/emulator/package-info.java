/**
 * The emulator: features and scaling, grouped splits, the network exposed as Tribuo trainers and
 * models, training orchestration, the emulator artifact and the fast prediction API.
 */
package org.nucleiml.emulator;
