// A few schema combinators: untrusted input becomes a typed value or a list of `path: expected …` issues.
// zod/mini was the plan; measured, its runtime is 4.1 KB gzip for one field and 7.1 KB for our schemas,
// the whole `consentry/core` budget. This file does the part we use in well under 1 KB.

export interface Issue {
  readonly path: readonly (string | number)[];
  readonly expected: string;
}

/** `O` is what parsing yields; `I` what a caller may pass (optional where a default fills in). */
export interface Schema<O, I = O> {
  /**
   * Returns the parsed value. After pushing an issue it returns `undefined` or a partial value, which no one reads:
   * `safeParse` fails on any issue.
   */
  readonly run: (value: unknown, path: (string | number)[], issues: Issue[]) => O | undefined;
  readonly expected: string;
  /** Type-only: the accepted input. */
  readonly _input?: I;
}

export type Output<S> = S extends Schema<infer O, unknown> ? O : never;
export type Input<S> = S extends Schema<unknown, infer I> ? I : never;

type Shape = Record<string, Schema<unknown, unknown>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type OptionalIn<S extends Shape> = { [K in keyof S]: undefined extends Input<S[K]> ? K : never }[keyof S];
type OptionalOut<S extends Shape> = { [K in keyof S]: undefined extends Output<S[K]> ? K : never }[keyof S];
type ObjectOutput<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalOut<S>>]: Output<S[K]> } & { [K in OptionalOut<S>]?: Output<S[K]> }
>;
type ObjectInput<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalIn<S>>]: Input<S[K]> } & { [K in OptionalIn<S>]?: Input<S[K]> }
>;

const fail = (issues: Issue[], path: (string | number)[], expected: string): undefined => {
  issues.push({ path: [...path], expected });
  return undefined;
};

function primitive<T>(expected: string, test: (value: unknown) => value is T): Schema<T> {
  return { expected, run: (value, path, issues) => (test(value) ? value : fail(issues, path, expected)) };
}

export const string = (pattern?: RegExp, expected = pattern ? `a string matching ${pattern}` : "string"): Schema<string> =>
  primitive(expected, (value): value is string => typeof value === "string" && (!pattern || pattern.test(value)));

export const boolean = (): Schema<boolean> =>
  primitive("boolean", (value): value is boolean => typeof value === "boolean");

/** A finite number in [min, max]; whole numbers only when `integer`. */
export const number = (min: number, max: number, integer = false): Schema<number> =>
  primitive(
    `${integer ? "an integer" : "a number"} from ${min} to ${max}`,
    (value): value is number =>
      typeof value === "number" && value >= min && value <= max && (!integer || Number.isInteger(value)),
  );

export const oneOf = <const T extends readonly (string | number)[]>(values: T): Schema<T[number]> =>
  primitive(`one of ${values.map((v) => JSON.stringify(v)).join(", ")}`, (value): value is T[number] =>
    values.includes(value as T[number]),
  );

export const unknown = (): Schema<unknown> => ({ expected: "anything", run: (value) => value });

export function optional<O, I>(inner: Schema<O, I>): Schema<O | undefined, I | undefined> {
  return {
    expected: inner.expected,
    run: (value, path, issues) => (value === undefined ? undefined : inner.run(value, path, issues)),
  };
}

/** `fallback` is parsed like any input, so an object default gets its own defaults too. */
export function withDefault<O, I>(inner: Schema<O, I>, fallback: I): Schema<O, I | undefined> {
  return {
    expected: inner.expected,
    run: (value, path, issues) => inner.run(value === undefined ? fallback : value, path, issues),
  };
}

export function array<O, I>(item: Schema<O, I>, maxLength = 100): Schema<O[], I[]> {
  return {
    // Stryker disable next-line StringLiteral: a composite's `expected` is never shown; its issues name their own.
    expected: "array",
    run(value, path, issues) {
      if (!Array.isArray(value)) return fail(issues, path, "array");
      if (value.length > maxLength) return fail(issues, path, `at most ${maxLength} items`);
      return value.map((entry, index) => item.run(entry, [...path, index], issues) as O);
    },
  };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A map with checked keys; the result has no prototype chain to pollute. */
export function record<O, I>(key: Schema<string>, item: Schema<O, I>, maxEntries = 100): Schema<Record<string, O>, Record<string, I>> {
  return {
    // Stryker disable next-line StringLiteral: a composite's `expected` is never shown; its issues name their own.
    expected: "object",
    run(value, path, issues) {
      if (!isPlainObject(value)) return fail(issues, path, "object");
      const entries = Object.entries(value);
      if (entries.length > maxEntries) return fail(issues, path, `at most ${maxEntries} entries`);
      const out: Record<string, O> = {};
      for (const [name, entry] of entries) {
        if (key.run(name, [...path, name], issues) === undefined) continue;
        const parsed = item.run(entry, [...path, name], issues);
        if (parsed !== undefined) out[name] = parsed;
      }
      return out;
    },
  };
}

/** The known keys, plus any other key `rest` accepts (never narrower than the known keys' own types). */
type WithRest<T, R> = [R] extends [never] ? T : T & { [key: string]: R | T[keyof T] };

/** An object with known keys; unknown keys are an issue (a typo in config should be loud), unless `rest` takes them. */
export function object<S extends Shape, R = never>(
  shape: S,
  rest?: Schema<R, unknown>,
): Schema<WithRest<ObjectOutput<S>, R>, WithRest<ObjectInput<S>, R>> {
  // Own keys only: `name in shape` would take `valueOf` or `toString` for a known key (found by the record property test).
  const known = new Set(Object.keys(shape));
  return {
    // Stryker disable next-line StringLiteral: a composite's `expected` is never shown; its issues name their own.
    expected: "object",
    run(value, path, issues) {
      if (!isPlainObject(value)) return fail(issues, path, "object");
      const out: Record<string, unknown> = {};
      for (const [name, schema] of Object.entries(shape)) {
        const parsed = schema.run(value[name], [...path, name], issues);
        if (parsed !== undefined) out[name] = parsed;
      }
      for (const name of Object.keys(value)) {
        if (known.has(name)) continue;
        if (rest) {
          out[name] = rest.run(value[name], [...path, name], issues);
        } else {
          fail(issues, [...path, name], "a known key (this one is unknown)");
        }
      }
      return out as WithRest<ObjectOutput<S>, R>;
    },
  };
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export function safeParse<O, I>(schema: Schema<O, I>, value: unknown): ParseResult<O> {
  const issues: Issue[] = [];
  const parsed = schema.run(value, [], issues);
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed as O };
}

/** `categories.analytics.cookies[0].name: expected string` */
export function formatIssue(issue: Issue): string {
  let path = "";
  for (const key of issue.path) path += typeof key === "number" ? `[${key}]` : path ? `.${key}` : key;
  return `${path || "(root)"}: expected ${issue.expected}`;
}
