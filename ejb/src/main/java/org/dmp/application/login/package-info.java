/**
 * The pages' login, after the container verified the password: lockout after repeated wrong
 * passwords, the one-time code of each session of a patient or representative, and password changes
 * (the first login replaces the letter's initial secret).
 */
package org.dmp.application.login;
