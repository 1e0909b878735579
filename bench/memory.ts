// The resident set of the bench process: the application runs in it (in-process), so this is the
// server's RSS plus the bench's own small share.

export function rssMb(): number {
  return process.memoryUsage().rss / 2 ** 20;
}
