/** Writes what a store holds to a file: as RDF in a Jena syntax, or as a network in a graph tool's format. */
package org.geokg.export;
