package org.dmp.domain.policy;

/**
 * The rules of access, by the ids DESIGN.md gives them. A decision names the one rule that settled
 * it, allowed or denied.
 */
public enum Rule {
  /** Who may reach content at all, and what each kind of actor may do. */
  ACTOR_KIND,
  /** A closed record is neither read nor fed. */
  RECORD_CLOSED,
  /** A professional blocked by the patient can neither read nor feed. */
  BLOCKED,
  /** The treating physician (or a professional given the same right) reads everything. */
  TREATING_PHYSICIAN,
  /** Any other professional reads under a valid authorization. */
  AUTHORIZED,
  /** Feeding needs no authorization, only that the professional is not blocked. */
  FEED_NON_OPPOSITION,
  /** MASQUE_PS documents: the patient, their author and the treating physician only. */
  HIDDEN_FROM_PROFESSIONALS,
  /** INVISIBLE_PATIENT documents are not shown to the patient (nor their representatives). */
  INVISIBLE_TO_PATIENT,
  /** INVISIBLE_REPRESENTANTS_LEGAUX documents are not shown to the legal representatives. */
  INVISIBLE_TO_REPRESENTATIVES,
  /** Emergency access without authorization, unless the patient refused it. */
  BREAK_GLASS,
  /** The emergency regulation doctor's access, under its own patient setting. */
  CENTRE_15,
  /** Only the author (or the patient, for what they added) archives, deletes or replaces. */
  AUTHOR_ONLY,
  /** A legal representative acts as the patient. */
  REPRESENTATIVE,
  /** The patient acts on their own record. */
  OWN_RECORD
}
