/**
 * What the benchmarks share: running a number of operations over concurrent clients while timing
 * each call, the resulting latency distribution and throughput, the server's memory, and the plain
 * JDBC baselines the DMP's figures are compared with.
 */
package org.dmp.it.support.bench;
