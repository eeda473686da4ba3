// Queries and fragments as a Relay front end of PolicyGraph writes them: @connection on
// Query.initiatives and on Region.initiatives. relay-check.mjs compiles them against the schema of
// a running server; the compiler refuses @connection on a field that is not a Relay connection
// (first/after, last/before, edges { cursor node }, pageInfo with both ends).
import { graphql } from "react-relay";

export const initiativesQuery = graphql`
  query InitiativePagesQuery($filter: InitiativeFilter, $count: Int = 10, $cursor: String) {
    ...InitiativePages_initiatives @arguments(filter: $filter, count: $count, cursor: $cursor)
  }
`;

export const initiativesFragment = graphql`
  fragment InitiativePages_initiatives on Query
  @refetchable(queryName: "InitiativePagesPaginationQuery")
  @argumentDefinitions(
    filter: { type: "InitiativeFilter" }
    count: { type: "Int", defaultValue: 10 }
    cursor: { type: "String" }
  ) {
    initiatives(filter: $filter, first: $count, after: $cursor) @connection(key: "InitiativePages_initiatives", filters: ["filter"]) {
      totalCount
      edges { node { id date text region { name } } }
    }
  }
`;

export const regionQuery = graphql`
  query InitiativePagesRegionQuery($name: String!) {
    entity(name: $name) {
      ...InitiativePages_region @alias(as: "region")
    }
  }
`;

export const regionFragment = graphql`
  fragment InitiativePages_region on Region
  @refetchable(queryName: "InitiativePagesRegionPaginationQuery")
  @argumentDefinitions(
    count: { type: "Int", defaultValue: 10 }
    cursor: { type: "String" }
  ) {
    name
    initiatives(last: $count, before: $cursor) @connection(key: "InitiativePages_region_initiatives") {
      edges { node { id date } }
    }
  }
`;
