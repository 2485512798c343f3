/**
 * RDF vocabularies used by GeoKG: its own ontology ({@link org.geokg.rdf.vocab.GKG}) and the NIF and ITS terms it writes.
 */
package org.geokg.rdf.vocab;
