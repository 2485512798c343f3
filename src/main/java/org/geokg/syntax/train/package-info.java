/** Trains and scores dependency parser models: CoNLL-U treebanks, the dynamic oracle, the perceptron, manifests. */
package org.geokg.syntax.train;
