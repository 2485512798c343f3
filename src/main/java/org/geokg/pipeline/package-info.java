/** Wires reading, analysis and storage into a parallel ingest. */
package org.geokg.pipeline;
