/** Extracts the main text of HTML pages. */
package org.geokg.text;
