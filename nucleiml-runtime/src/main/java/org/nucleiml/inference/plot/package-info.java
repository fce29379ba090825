/** Posterior plots drawn with XChart: corner plots (one or two posteriors overlaid) and marginals. */
package org.nucleiml.inference.plot;
