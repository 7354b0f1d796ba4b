/**
 * Use cases of the patient's "My information" (<i>Mes informations</i>): reading it as one view and
 * changing each part (contact details, persons to notify, organ-donation wish, advance directives,
 * vaccinations), each act decided by the access policy and audited.
 */
package org.dmp.application.information;
