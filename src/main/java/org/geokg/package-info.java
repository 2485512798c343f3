/** GeoKG: turns geopolitical news into an RDF knowledge graph. */
package org.geokg;
