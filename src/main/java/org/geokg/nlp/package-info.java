/** Splits text into sentences and tokens and tags parts of speech with OpenNLP. */
package org.geokg.nlp;
