/** The pages, end to end in a real browser: login, counter, online opening, patient portal. */
package org.dmp.it.web;
