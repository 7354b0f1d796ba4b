/**
 * Benchmarks on the real server, run by {@code ./dmp bench} (Maven profile {@code bench}), never by
 * the test suite: they measure, they do not assert speed.
 */
package org.dmp.bench;
