package org.dmp.interfaces.web.letter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text as a Standard 14 font (WinAnsi) can write it: spaces that must not break become plain spaces
 * once the lines are cut, a letter with a diacritic the encoding lacks loses the diacritic (Ŝ → S),
 * anything else becomes "?". French letters (é è ê à ç ô û ï œ æ « » ’ €) are all in WinAnsi.
 */
final class PdfText {

  /**
   * No-break spaces (U+00A0, the narrow U+202F, figure and thin spaces): kept together, drawn as
   * spaces.
   */
  private static final String NO_BREAK_SPACES = "\u00A0\u202F\u2007\u2009";

  private PdfText() {}

  /** {@code text} with every character the font can encode, no-break spaces as spaces. */
  static String encodable(PDFont font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (NO_BREAK_SPACES.indexOf(c) >= 0 || Character.isWhitespace(c)) {
                out.append(' ');
              } else if (canEncode(font, Character.toString(c))) {
                out.appendCodePoint(c);
              } else {
                String base =
                    Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "");
                out.append(!base.isEmpty() && canEncode(font, base) ? base : "?");
              }
            });
    return out.toString();
  }

  /** The width of {@code text} (already encodable) in points at {@code size}. */
  static float width(PDFont font, float size, String text) {
    try {
      return font.getStringWidth(text) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The lines of {@code text} no wider than {@code maxWidth}, cut at ordinary spaces only (a word
   * longer than a line, such as an address, is cut where it must).
   */
  static List<String> lines(PDFont font, float size, String text, float maxWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" +")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (line.isEmpty() || fits(font, size, candidate, maxWidth)) {
        line.setLength(0);
        line.append(candidate);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
      while (!fits(font, size, line.toString(), maxWidth) && line.length() > 1) {
        int cut = line.length() - 1;
        while (cut > 1 && !fits(font, size, line.substring(0, cut), maxWidth)) {
          cut--;
        }
        lines.add(line.substring(0, cut));
        line.delete(0, cut);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static boolean fits(PDFont font, float size, String text, float maxWidth) {
    return width(font, size, encodable(font, text)) <= maxWidth;
  }

  private static boolean canEncode(PDFont font, String s) {
    try {
      font.encode(s);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }
}
