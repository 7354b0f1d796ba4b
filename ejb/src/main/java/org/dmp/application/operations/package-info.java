/**
 * Use cases of the people who run the server: whether it is ready to serve (database reachable and
 * migrated, master key loaded).
 */
package org.dmp.application.operations;
