/** Runs SPARQL queries with bound parameters and formats their results. */
package org.geokg.query;
