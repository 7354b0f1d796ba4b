/**
 * The Jakarta Faces pages: the counter (insurer agents, pharmacists), the supervisors' dashboard
 * and the patient portal. Page beans translate between forms and the application services; the
 * rules stay in the domain and the access policy.
 */
package org.dmp.interfaces.web;
