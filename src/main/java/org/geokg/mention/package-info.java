/**
 * Finds mentions of people, states, organizations and places in tokenized text: sentence rules propose candidates,
 * named priorities settle their overlaps, and an article-level pass adds the repeats of people's names.
 */
package org.geokg.mention;
