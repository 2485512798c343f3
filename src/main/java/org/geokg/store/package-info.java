/** Stores article graphs in TDB2 or a remote SPARQL 1.1 store. */
package org.geokg.store;
