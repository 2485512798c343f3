/** Trains and evaluates the statistical name finder: corpora, feature generators, title stripping, scores. */
package org.geokg.ner;
