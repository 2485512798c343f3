/** Builds networks people can look at (the meeting network, or any graph) from the store through SPARQL. */
package org.geokg.graph;
