/**
 * The web explorer at {@code /}: a page that talks to the public GraphQL API only, as any
 * front-end client would. Vite bundles it from {@code explorer/} at build time, with its
 * libraries from the npm registry, into the jar under {@code explorer/}; nothing is
 * loaded from a CDN at run time.
 */
package io.policygraph.explorer;
