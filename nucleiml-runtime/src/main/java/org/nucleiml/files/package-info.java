/**
 * Output files a later run can trust: written atomically (temporary file, then one move) and
 * identified by the SHA-256 of their content.
 */
package org.nucleiml.files;
