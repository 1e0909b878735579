// The resident set of the bench process itself: the in-process measures run the application in it, so this
// is the application's share plus the bench's (seeded histories, results). The server's own RSS, which
// issue 14's target 8 is judged by, is measured on a server in its own process (server-memory.ts).

export function rssMb(): number {
  return process.memoryUsage().rss / 2 ** 20;
}
