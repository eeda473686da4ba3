/**
 * Full-text search over names, aliases, initiative texts and policy titles, in Chinese
 * and English.
 */
package io.policygraph.search;
