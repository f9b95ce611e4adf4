// Parses a `data-consent` / loader condition: a category id, `!`, `&&`, `||` and parentheses (DESIGN 3).
import type { ConsentStore } from "../core/store";
import { report } from "./report";

type Test = (granted: (id: string) => boolean) => boolean;

/** A compiled condition: asks `granted(id)` for each category it names. */
export interface Condition extends Test {
  /** Every category id named. */
  ids: string[];
  /** The ids not directly negated: what an "Allow" button grants. */
  wanted: string[];
}

/** `undefined` for anything malformed: a broken condition never runs anything (fails closed). */
export function parseCondition(text: string): Condition | undefined {
  // Stryker disable next-line ArrayDeclaration: any filler token is not an id, so an empty text fails closed either way.
  const tokens = text.match(/&&|\|\||[!()]|[\w-]+|\S/g) ?? [];
  const ids: string[] = [];
  const wanted: string[] = [];
  let at = 0;

  // Level 2 is `||`, level 1 `&&` (binds tighter), level 0 an id, `!` or parentheses.
  const parse = (level: number): Test => {
    // Stryker disable next-line StringLiteral: past the end, any text that is not an id fails the same way.
    const token = tokens[at++] ?? "";
    if (level) {
      at--;
      const left = parse(level - 1);
      if (tokens[at] !== (level > 1 ? "||" : "&&")) return left;
      at++;
      const right = parse(level);
      return level > 1 ? (granted) => left(granted) || right(granted) : (granted) => left(granted) && right(granted);
    }
    if (token === "!") {
      const inner = parse(0);
      return (granted) => !inner(granted);
    }
    if (token === "(") {
      const inner = parse(2);
      if (tokens[at++] !== ")") throw at;
      return inner;
    }
    // A token is a whole `[\w-]+` word or one other character, so its first letter decides whether it is an id.
    if (!/^[a-z]/.test(token)) throw at;
    ids.push(token);
    if (tokens[at - 2] !== "!") wanted.push(token);
    return (granted) => granted(token);
  };

  try {
    const test = parse(2);
    return at === tokens.length ? Object.assign(test, { ids, wanted }) : undefined;
  } catch {
    // Malformed: `undefined`, like trailing tokens above.
  }
}

/** Parses and checks every id against the registry; reports a bad condition as an `error` event. */
export function compileCondition(store: ConsentStore, text: string, source: string): Condition | undefined {
  const condition = parseCondition(text);
  if (condition?.ids.every(store.registry.has)) return condition;
  report(store, source, `bad condition "${text}"`);
}
