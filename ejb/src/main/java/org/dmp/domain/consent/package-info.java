/**
 * What the patient decided about who may see their record: each professional's authorization
 * (granted by the patient, or recorded by the professional's software after the patient's oral
 * consent, possibly with an end date), blocks, the treating physician's rights given to another
 * professional, and the patient's legal representatives.
 */
package org.dmp.domain.consent;
