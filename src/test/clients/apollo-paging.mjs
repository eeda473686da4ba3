// Pages through Query.initiatives the way an Apollo Client front end does: an InMemoryCache with
// relayStylePagination() on Query.initiatives (keyed by the filter), a first query, then fetchMore
// with the endCursor until hasNextPage is false. Prints the merged edges as JSON:
//   {"pages": <queries sent>, "totalCount": n, "initiatives": [{"id": ..., "date": ...}, ...]}
// Usage: node apollo-paging.mjs <graphqlUrl> [filter as JSON] [page size]
// Exits 1 on a GraphQL or network error, printing it.
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client/core";
import { relayStylePagination } from "@apollo/client/utilities";

const [url, filterJson = '{"region":"天津"}', size = "2"] = process.argv.slice(2);
if (!url) {
  console.error("usage: node apollo-paging.mjs <graphqlUrl> [filter as JSON] [page size]");
  process.exit(2);
}

const INITIATIVES = gql`
  query ApolloPaging($filter: InitiativeFilter, $first: Int, $after: String) {
    initiatives(filter: $filter, first: $first, after: $after) {
      totalCount
      edges { cursor node { id date } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`;

const client = new ApolloClient({
  link: new HttpLink({ uri: url }),
  cache: new InMemoryCache({
    typePolicies: { Query: { fields: { initiatives: relayStylePagination(["filter"]) } } },
  }),
});

const variables = { filter: JSON.parse(filterJson), first: Number(size) };
try {
  let result = await client.query({ query: INITIATIVES, variables, fetchPolicy: "network-only" });
  let pages = 1;
  const observable = client.watchQuery({ query: INITIATIVES, variables, fetchPolicy: "cache-first" });
  let connection = result.data.initiatives;
  while (connection.pageInfo.hasNextPage) {
    if (pages > 100) {
      throw new Error("more than 100 pages: the cursors do not advance");
    }
    await observable.fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    pages++;
    // the merged connection, as the cache holds it after relayStylePagination's merge
    connection = client.readQuery({ query: INITIATIVES, variables }).initiatives;
  }
  console.log(JSON.stringify({
    pages,
    totalCount: connection.totalCount,
    initiatives: connection.edges.map(edge => ({ id: edge.node.id, date: edge.node.date })),
  }));
  process.exit(0);
}
catch (error) {
  console.error("Apollo paging failed:", error?.message ?? error, JSON.stringify(error?.errors ?? error?.graphQLErrors ?? []));
  process.exit(1);
}
