package org.dmp.domain.information;

import java.time.LocalDate;
import org.dmp.domain.shared.InvalidValueException;

/**
 * The patient's advance directives (<i>directives anticipées</i>, code de la santé publique
 * L1111-11): their wishes on the end of life, written here ({@code text}, with the date they wrote
 * them) and/or held on paper by someone ({@code heldBy}: who keeps the original, such as a person
 * of trust or the family doctor). At least one of the two.
 */
public record AdvanceDirectives(String text, LocalDate writtenOn, String heldBy) {

  public static final int TEXT_MAX = 4000;
  public static final int HELD_BY_MAX = 200;

  /**
   * As stored; refused with {@code ADVANCE_DIRECTIVES_EMPTY}, {@code ADVANCE_DIRECTIVES_TEXT},
   * {@code ADVANCE_DIRECTIVES_DATE} or {@code ADVANCE_DIRECTIVES_HELD_BY}.
   */
  public AdvanceDirectives {
    text =
        Texts.bounded(
            text, TEXT_MAX, "ADVANCE_DIRECTIVES_TEXT", "vos directives", "your directives");
    heldBy =
        Texts.bounded(
            heldBy,
            HELD_BY_MAX,
            "ADVANCE_DIRECTIVES_HELD_BY",
            "le nom de qui les détient",
            "who holds them");
    if (text == null && heldBy == null) {
      throw new InvalidValueException(
          "ADVANCE_DIRECTIVES_EMPTY",
          "Écrivez vos directives ou indiquez qui détient le document où vous les avez écrites",
          "Write your directives or say who holds the document where you wrote them");
    }
    Texts.plausibleDate(
        writtenOn,
        null,
        "ADVANCE_DIRECTIVES_DATE",
        "la date de rédaction",
        "the date they were written");
  }

  /** New directives, as typed in a form; the date of writing cannot be after {@code today}. */
  public static AdvanceDirectives of(
      String text, LocalDate writtenOn, String heldBy, LocalDate today) {
    Texts.plausibleDate(
        writtenOn,
        today,
        "ADVANCE_DIRECTIVES_DATE",
        "la date de rédaction",
        "the date they were written");
    return new AdvanceDirectives(text, writtenOn, heldBy);
  }
}
