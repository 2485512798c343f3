/** The runtime name finder: the statistical model, its tagger, and the feature generators the model names. */
package org.geokg.ner;
