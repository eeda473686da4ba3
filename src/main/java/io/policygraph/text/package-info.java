/**
 * How names and text are compared: one key for every spelling an analyst may type,
 * computed the same way when the graph is written and when a question is asked.
 */
package io.policygraph.text;
