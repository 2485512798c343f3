/** Measures extraction against hand-annotated gold data. */
package org.geokg.eval;
