/**
 * The health insurer's beneficiaries as this server sees them: the identity traits printed on the
 * Vitale card and the contact the insurer holds. Not this server's data: a port ({@link
 * org.dmp.domain.insured.InsuredPersons}) that a production deployment connects to the insurer's
 * referential; and the comparison of what a person types with those traits.
 */
package org.dmp.domain.insured;
