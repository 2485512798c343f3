/** Serves a store over SPARQL with an embedded Apache Jena Fuseki, and the page that draws its meeting network. */
package org.geokg.serve;
