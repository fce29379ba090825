package org.nucleiml.inference;

/**
 * How an importance-sampled posterior was made and how well the proposal covered it
 * (posterior.json "importance_sampling").
 *
 * @param proposalName the proposal run's name
 * @param proposalBackend the proposal's backend
 * @param proposalChainSha256 SHA-256 of the proposal's chain.csv
 * @param proposalRows recorded draws in the proposal's chain
 * @param draws draws evaluated with this run's model
 * @param finite draws with a finite posterior under this run's model (the others have weight 0)
 * @param kishEss the weights' effective sample size (sum w)^2 / sum w^2
 * @param maxWeight the largest normalised weight
 */
public record ImportanceSummary(String proposalName, String proposalBackend, String proposalChainSha256,
    long proposalRows, int draws, int finite, double kishEss, double maxWeight) {}
