package org.dmp.domain.information;

/**
 * How to reach the patient: an e-mail address and a telephone number, each optional (a patient may
 * give neither).
 */
public record ContactDetails(EmailAddress email, PhoneNumber phone) {

  public static final ContactDetails NONE = new ContactDetails(null, null);

  /**
   * The details as typed in a form: blank means absent; refused with {@code EMAIL_ADDRESS} or
   * {@code PHONE_NUMBER}.
   */
  public static ContactDetails of(String email, String phone) {
    String e = Texts.optional(email);
    String p = Texts.optional(phone);
    return new ContactDetails(
        e == null ? null : EmailAddress.parse(e), p == null ? null : PhoneNumber.parse(p));
  }

  public boolean isEmpty() {
    return email == null && phone == null;
  }
}
