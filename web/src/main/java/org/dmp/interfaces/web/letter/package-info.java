/**
 * Letters the counter prints for a patient, rendered as PDF (Apache PDFBox): the first-login letter
 * ({@link org.dmp.interfaces.web.letter.FirstLoginLetter}) from the {@link
 * org.dmp.interfaces.web.letter.LetterContent} a page gathers after opening a record. Rendering
 * only: what goes into a letter (the login, the one-time secret) comes from the application
 * services, and nothing here is stored. The fonts are PDF's Standard 14 (WinAnsi): no font is read
 * from the host, and a character they cannot show is replaced, never a failure at the counter.
 */
package org.dmp.interfaces.web.letter;
