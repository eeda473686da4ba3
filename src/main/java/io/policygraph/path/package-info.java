/** The shortest connection between two entities, each step with the entry that evidences it. */
package io.policygraph.path;
