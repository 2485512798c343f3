/** Runs GeoKG's extraction on Apache Spark: article graphs as N-Quads, and Parquet tables of them. */
package org.geokg.spark;
