/**
 * Benchmarks of the embedded ledger: committed awards per second with durability on, commit
 * latency under a fixed arrival rate, throughput after growth, and restart to ready — each beside
 * the machine's raw ECDSA P-256 sign+verify rate measured in the same run. {@link
 * org.civicledger.benchmarks.ConsortiumLoad} is the consortium test's load and exactly-once check over HTTP, and
 * the redemption and credit-check loads measured beside Caliper.
 */
package org.civicledger.benchmarks;
