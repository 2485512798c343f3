/** Finds mentions of people, states, organizations and places in tokenized text. */
package org.geokg.mention;
