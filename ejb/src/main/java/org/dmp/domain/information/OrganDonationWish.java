package org.dmp.domain.information;

/**
 * What the patient says about donating their organs after death. Informative only: French law
 * presumes consent (loi Caillavet, code de la santé publique L1232-1), and a refusal counts only
 * once registered with the national refusal register (<i>registre national des refus</i>, run by
 * the Agence de la biomédecine) or told to one's relatives; the record does neither for the
 * patient, and the labels say so.
 */
public enum OrganDonationWish {
  NOT_STATED(
      "Non renseigné",
      "Not stated",
      "Sans refus de votre part, la loi présume que vous consentez au don de vos organes.",
      "Unless you refuse, French law presumes that you consent to donating your organs."),
  CONSENTS(
      "Je souhaite donner mes organes",
      "I wish to donate my organs",
      "Information pour vos proches et les soignants : la loi présume déjà votre consentement.",
      "Information for your relatives and carers: French law already presumes your consent."),
  REFUSES(
      "Je refuse le don de mes organes",
      "I refuse to donate my organs",
      "Information seulement : pour que votre refus s'impose, inscrivez-vous au registre national"
          + " des refus (Agence de la biomédecine) ou faites-le connaître à vos proches.",
      "For information only: for your refusal to be binding, register it with the national"
          + " refusal register (Agence de la biomédecine) or tell your relatives.");

  private final String french;
  private final String english;
  private final String frenchNotice;
  private final String englishNotice;

  OrganDonationWish(String french, String english, String frenchNotice, String englishNotice) {
    this.french = french;
    this.english = english;
    this.frenchNotice = frenchNotice;
    this.englishNotice = englishNotice;
  }

  /** The choice as a page shows it. */
  public String french() {
    return french;
  }

  public String english() {
    return english;
  }

  /** What the choice does and does not do in law, to show beside it. */
  public String frenchNotice() {
    return frenchNotice;
  }

  public String englishNotice() {
    return englishNotice;
  }
}
