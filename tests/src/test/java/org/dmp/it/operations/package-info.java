/** Tests on the real server: operations. */
package org.dmp.it.operations;
