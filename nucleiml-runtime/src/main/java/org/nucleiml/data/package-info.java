/** Training data: the parameter box, sampling designs, labels and the samples.csv data set. */
package org.nucleiml.data;
