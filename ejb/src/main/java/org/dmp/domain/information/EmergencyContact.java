package org.dmp.domain.information;

import org.dmp.domain.shared.InvalidValueException;

/** A person to notify in an emergency: who they are, what they are to the patient, their phone. */
public record EmergencyContact(
    EmergencyContactId id, String name, String relationship, PhoneNumber phone) {

  public static final int NAME_MAX = 200;
  public static final int RELATIONSHIP_MAX = 100;

  /** At most this many persons to notify per record. */
  public static final int MAX_PER_RECORD = 5;

  /**
   * Refused with {@code EMERGENCY_CONTACT_NAME}, {@code EMERGENCY_CONTACT_RELATIONSHIP} or {@code
   * PHONE_NUMBER}.
   */
  public EmergencyContact {
    if (id == null) {
      throw new IllegalArgumentException("id");
    }
    name = checkedName(name);
    relationship = checkedRelationship(relationship);
    if (phone == null) {
      throw new InvalidValueException(
          "PHONE_NUMBER", "Indiquez un numéro de téléphone", "Give a telephone number");
    }
  }

  /** A new person to notify, as typed in a form; checked in the form's order. */
  public static EmergencyContact create(String name, String relationship, String phone) {
    String checkedName = checkedName(name);
    String checkedRelationship = checkedRelationship(relationship);
    return new EmergencyContact(
        EmergencyContactId.generate(), checkedName, checkedRelationship, PhoneNumber.parse(phone));
  }

  private static String checkedName(String name) {
    return Texts.required(
        name, NAME_MAX, "EMERGENCY_CONTACT_NAME", "le nom de la personne", "the person's name");
  }

  private static String checkedRelationship(String relationship) {
    return Texts.required(
        relationship,
        RELATIONSHIP_MAX,
        "EMERGENCY_CONTACT_RELATIONSHIP",
        "le lien avec vous (conjoint, fille, voisin…)",
        "how the person is related to you (spouse, daughter, neighbour…)");
  }
}
