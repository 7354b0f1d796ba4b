/**
 * The patient portal's five tabs (summary, documents, my information, record management, access
 * history), for patients and their legal representatives: which record the person is looking at,
 * and one page bean per tab.
 */
package org.dmp.interfaces.web.portal;
