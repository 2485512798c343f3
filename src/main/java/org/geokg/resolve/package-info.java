/** Turns mentions into entities, positions and meetings. */
package org.geokg.resolve;
