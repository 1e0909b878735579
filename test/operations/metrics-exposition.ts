// Reads Prometheus's text exposition as the tests need it: the samples of a metric, with their labels.
export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

const SAMPLE_LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

export function samplesOf(exposition: string): Sample[] {
  return exposition.split('\n').flatMap((line) => {
    const match = SAMPLE_LINE.exec(line.trim());
    if (line.startsWith('#') || match === null) return [];
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(LABEL)) labels[key!] = value!;
    return [{ name: match[1]!, labels, value: Number(match[3]) }];
  });
}

/** The samples named `name` whose labels include `labels`. */
export function samplesNamed(
  exposition: string,
  name: string,
  labels: Readonly<Record<string, string>> = {},
): Sample[] {
  return samplesOf(exposition).filter(
    (sample) =>
      sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
}

/** The one sample named `name` with exactly the labels given, or undefined. */
export function valueOf(
  exposition: string,
  name: string,
  labels: Readonly<Record<string, string>> = {},
): number | undefined {
  return samplesNamed(exposition, name, labels).find(
    (sample) => Object.keys(sample.labels).length === Object.keys(labels).length,
  )?.value;
}
