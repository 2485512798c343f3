/** The geokg command line. */
package org.geokg.cli;
