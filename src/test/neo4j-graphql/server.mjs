// The Neo4j GraphQL Library (@neo4j/graphql 7) on Apollo Server, over PolicyGraph's Neo4j database.
// Env: NEO4J_URI (bolt://127.0.0.1:7687), NEO4J_USER/NEO4J_PASSWORD (optional; the benchmark
// database has auth disabled), PORT (4000), NODELAY (1: every socket the driver opens gets
// TCP_NODELAY; 0: the driver's default).
import net from "node:net";
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const port = Number(process.env.PORT ?? 4000);
const nodelay = (process.env.NODELAY ?? "0") === "1";

if (nodelay) {
  // The driver connects with net.connect(), which calls net.Socket.prototype.connect: set
  // TCP_NODELAY on every socket it opens (Node applies it once the socket is connected).
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    this.setNoDelay(true);
    return connect.apply(this, args);
  };
}

const auth = process.env.NEO4J_USER
  ? neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD ?? "")
  : undefined;
const driver = neo4j.driver(uri, auth);

const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const schema = await neoSchema.getSchema();

// Production defaults (no stack traces in errors, no landing page, introspection off) unless
// NODE_ENV says otherwise.
const server = new ApolloServer({ schema, nodeEnv: process.env.NODE_ENV ?? "production" });
const { url } = await startStandaloneServer(server, {
  listen: { port, host: "127.0.0.1" },
  context: async ({ req }) => ({ token: req.headers.authorization }),
});

const shutdown = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);

console.log(`READY ${url.replace("localhost", "127.0.0.1").replace(/\/$/, "")}/graphql`);
