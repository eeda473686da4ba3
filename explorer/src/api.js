// The public GraphQL API, as any front-end client calls it: POST /graphql with JSON.

const ENDPOINT = new URL('graphql', document.baseURI).toString();

/** A failed call: the message joins the API's messages; `errors` are the GraphQL errors as sent (with their extensions). */
export class ApiError extends Error {
  constructor(message, errors = []) {
    super(message);
    this.name = 'ApiError';
    this.errors = errors;
  }
}

export async function graphql(query, variables = {}, { signal } = {}) {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`HTTP ${response.status}`);
  }
  if (body.errors && body.errors.length) {
    throw new ApiError(body.errors.map((error) => error.message).join('; '), body.errors);
  }
  if (!response.ok) {
    throw new ApiError(`HTTP ${response.status}`);
  }
  return body.data;
}

/** An entry as every view shows it: date, place, text and source link (with its state). */
export const ENTRY = `
fragment Entry on Initiative {
  id date text sourceUrl sourceUrlStatus sourceUrlIssue
  region { id __typename name nameEn }
}`;

const REF = 'id name nameEn';

export const SEARCH = `
query Suggest($text: String!) {
  search(text: $text, types: [REGION, COMPANY, MINISTRY, ORGANIZATION, SECTOR, EVENT], first: 10) {
    snippet
    node { id __typename ... on Entity { name nameEn } }
  }
}`;

export const ENTITY = `
query EntityPage($id: ID!, $after: String) {
  node(id: $id) {
    id
    __typename
    ... on Entity {
      name nameEn aliases
      initiatives(first: 50, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ...Entry } }
      }
    }
    ... on Region { level province { ${REF} } }
    ... on Company { parent { ${REF} } subsidiaries { ${REF} } }
    ... on Organization { kind region { ${REF} } }
    ... on Event { startDate endDate theme city { ${REF} } }
  }
}
${ENTRY}`;

export const MORE_ENTRIES = `
query MoreEntries($id: ID!, $after: String) {
  node(id: $id) {
    ... on Entity {
      initiatives(first: 50, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { ...Entry } }
      }
    }
  }
}
${ENTRY}`;

export const PROVINCES = `
query CompanyProvinces($company: String!) {
  partnerships(company: $company) {
    region { ${REF} }
    kinds
    firstDate
    lastDate
    via { ${REF} }
    initiatives { ...Entry }
    events { ${REF} startDate }
  }
}
${ENTRY}`;
