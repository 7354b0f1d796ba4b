/**
 * The patient's "My information" (<i>Mes informations</i>): contact details, persons to notify in
 * an emergency, the organ-donation wish, advance directives (<i>directives anticipées</i>) and the
 * vaccination record (<i>carnet de vaccination</i>). Value objects that check their own form (each
 * refusal a specific {@link org.dmp.domain.shared.InvalidValueException} code) and the repository
 * that keeps them per record. Who may read or change them is the access policy's decision ({@code
 * org.dmp.domain.policy}), not this package's.
 */
package org.dmp.domain.information;
