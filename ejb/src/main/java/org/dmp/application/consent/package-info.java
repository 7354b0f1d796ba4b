/**
 * Use cases of the patient's consent: authorizing, revoking and blocking professionals, the
 * professional's record of the patient's oral consent, the treating physician and the rights the
 * patient gives like theirs, the emergency-access settings and the legal representatives.
 */
package org.dmp.application.consent;
