/** Trains the meeting stage's learned model on annotated articles. */
package org.geokg.meeting.train;
