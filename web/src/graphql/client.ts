// The one way the client talks to the server: POST /graphql with the session's bearer token. A refusal
// for an expired or invalid session ends the session, so the login screen comes back.
import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';

export function createGraphQLClient(token: () => string | null, onUnauthenticated: () => void): Client {
  return new Client({
    url: '/graphql',
    // Always POST with a JSON body: the server's CSRF protection refuses simple GET requests.
    preferGetMethod: false,
    exchanges: [
      mapExchange({
        onResult(result) {
          if (result.error?.graphQLErrors.some((error) => error.extensions?.['code'] === 'UNAUTHENTICATED'))
            onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
    fetchOptions: (): RequestInit => {
      const current = token();
      const headers: Record<string, string> = current ? { authorization: `Bearer ${current}` } : {};
      return { headers };
    },
    requestPolicy: 'cache-and-network',
  });
}
