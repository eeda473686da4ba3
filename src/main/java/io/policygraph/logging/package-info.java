/**
 * How the service's log lines are written: one line per event, whatever a client sent.
 */
package io.policygraph.logging;
