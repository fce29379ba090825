/** Emulator validation: accuracy metrics, distribution distances, gates, reports and plots. */
package org.nucleiml.validation;
