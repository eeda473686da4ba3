/** How the HTTP and GraphQL layer reports failures to clients. */
package io.policygraph.web;
