/** Trains and evaluates the name finder: corpora, dictionaries, word clusters, model averaging, title stripping, scores. */
package org.geokg.ner.train;
