/**
 * The pages of opening a record online, by the patient alone ({@code /ouverture/*}, public): the
 * identity as on the Vitale card, the code sent to the insurer's contact, the password, the login
 * shown. They only translate: every check is {@code OnlineOpenings}'s.
 */
package org.dmp.interfaces.web.opening;
