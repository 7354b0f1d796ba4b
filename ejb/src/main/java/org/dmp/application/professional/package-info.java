/**
 * Looking professionals up in the directory (RPPS): by number or by name, for the patient who
 * chooses whom to block or authorize. The directory is public information (the national directory
 * publishes it); no record is read, so the access policy has nothing to decide.
 */
package org.dmp.application.professional;
