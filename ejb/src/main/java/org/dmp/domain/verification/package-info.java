/**
 * One-time codes that prove a person holds a contact the server knows of: the code sent at each
 * login of a patient or representative, the confidential code of an online opening. Only a digest
 * of each code is kept; a code is used once, expires, and allows few attempts.
 */
package org.dmp.domain.verification;
