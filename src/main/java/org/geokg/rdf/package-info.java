/** Maps an analysed article to RDF triples in the GeoKG ontology. */
package org.geokg.rdf;
