/** Reads articles from text, HTML and JSON files into Article records. */
package org.geokg.article;
