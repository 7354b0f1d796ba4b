/**
 * The pages' tests: a headless Chromium driven by Selenium (Debian's chromium and chromedriver),
 * screenshots of every page under target/screenshots, the development outbox read as a person reads
 * their mail, and the test database reached from the tests' JVM.
 */
package org.dmp.it.support.web;
