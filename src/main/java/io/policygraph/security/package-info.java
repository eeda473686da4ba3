/**
 * Who may do what: reads are public unless made private; curators, identified by API keys
 * whose SHA-256 hashes are configured, may change the graph.
 */
package io.policygraph.security;
