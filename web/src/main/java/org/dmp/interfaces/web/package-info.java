/**
 * The web module's boundaries for people (the counter and the patient portal, in Jakarta Faces) and
 * what they hand over as files: letters, statements. They translate between the pages and the
 * application services; they hold no rule and never touch the EntityManager.
 */
package org.dmp.interfaces.web;
