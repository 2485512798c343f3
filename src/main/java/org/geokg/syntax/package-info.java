/**
 * Dependency syntax: a greedy arc-eager parser with an averaged-perceptron model that GeoKG trains itself on
 * Universal Dependencies, giving each token its head and its relation over our tokens and part-of-speech tags.
 */
package org.geokg.syntax;
