/** Trains and evaluates the name finder: corpora, dictionaries, word clusters, model averaging, scores. */
package org.geokg.ner.train;
