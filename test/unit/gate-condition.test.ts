// Conditions of `data-consent` and loaders: ids, `!`, `&&`, `||`, parentheses; anything malformed fails closed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCondition } from "../../src/gate/condition";

const grants = (...ids: string[]) => (id: string) => ids.includes(id);

describe("parseCondition", () => {
  it.each([
    ["analytics", [], false],
    ["analytics", ["analytics"], true],
    ["analytics && !marketing", ["analytics"], true],
    ["analytics && !marketing", ["analytics", "marketing"], false],
    ["analytics || preferences", ["preferences"], true],
    ["analytics || preferences", [], false],
    ["!(analytics || marketing)", [], true],
    ["!(analytics || marketing)", ["marketing"], false],
    ["analytics || marketing && preferences", ["analytics"], true],
    ["(analytics || marketing) && preferences", ["analytics"], false],
    ["!!analytics", ["analytics"], true],
    ["support-chat&&analytics", ["support-chat", "analytics"], true],
  ])("%s with %j granted is %s", (text, granted, expected) => {
    expect(parseCondition(text)?.(grants(...granted))).toBe(expected);
  });

  it("`&&` binds tighter than `||`, as in JavaScript", () => {
    const ids = ["a", "b", "c"];
    for (let mask = 0; mask < 8; mask++) {
      const on = ids.filter((_, i) => mask & (1 << i));
      const [a, b, c] = ids.map((id) => on.includes(id));
      expect(parseCondition("a || b && c")!(grants(...on))).toBe(a || (b && c));
      expect(parseCondition("a && b || c")!(grants(...on))).toBe((a && b) || c);
      expect(parseCondition("!a && (b || !c)")!(grants(...on))).toBe(!a && (b || !c));
    }
  });

  it.each(["", " ", "analytics &&", "&& analytics", "(analytics", "analytics)", "analytics marketing", "analytics & marketing",
    "analytics | marketing", "Analytics", "analytics && 1x", "!", "()", "analytics;alert(1)"])(
    "rejects %j (fails closed: never runs)",
    (text) => {
      expect(parseCondition(text)).toBeUndefined();
    },
  );

  it("names its ids, and which of them an Allow button should grant", () => {
    const condition = parseCondition("analytics && !marketing || (preferences)")!;
    expect(condition.ids).toEqual(["analytics", "marketing", "preferences"]);
    expect(condition.wanted).toEqual(["analytics", "preferences"]);
  });

  it("never throws and never grants on arbitrary text (fuzzed)", () => {
    // Text from the conditions' own alphabet (so a good share parses) and any text at all.
    const piece = fc.constantFrom("a", "b", "c", "ab-c", "!", "(", ")", "&&", "||", " ", "&", "|", "A", "1", ";", "x_1");
    const text = fc.oneof(fc.string({ maxLength: 40 }), fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join("")));
    let parsed = 0;
    fc.assert(
      fc.property(text, fc.subarray(["a", "b", "c", "ab-c", "x_1"]), (source, on) => {
        let condition: ReturnType<typeof parseCondition>;
        expect(() => (condition = parseCondition(source))).not.toThrow();
        if (!condition) return;
        parsed++;
        const asked: string[] = [];
        const answer = condition((id) => (asked.push(id), on.includes(id)));
        // It asks only about the ids it names, and grants exactly when JavaScript's reading of the text would.
        expect(asked.every((id) => condition!.ids.includes(id)), source).toBe(true);
        expect(answer, source).toBe(evaluate(source.replace(/[a-z][\w-]*/g, (id) => String(on.includes(id)))));
        // With nothing granted, a condition without a negation never grants.
        if (!source.includes("!")) expect(condition(() => false), source).toBe(false);
      }),
      { numRuns: 2000 },
    );
    expect(parsed).toBeGreaterThan(100);
  });

  it("agrees with JavaScript on random well-formed expressions", () => {
    const ids = ["a", "b", "c"];
    const expr: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.constantFrom(...ids),
        tie("node").map((inner) => `!${inner}`),
        tie("node").map((inner) => `(${inner})`),
        fc.tuple(tie("node"), fc.constantFrom(" && ", " || "), tie("node")).map((parts) => parts.join("")),
      ),
    })).node as fc.Arbitrary<string>;
    fc.assert(
      fc.property(expr, fc.subarray(ids), (text, on) => {
        const js = text.replace(/[abc]/g, (id) => String(on.includes(id)));
        // The reference: the same expression over literals, evaluated by a tiny shunting-free evaluator below.
        expect(parseCondition(text)!(grants(...on))).toBe(evaluate(js));
      }),
    );
  });
});

/** A reference evaluator over `true`/`false` literals, by repeated rewriting (no eval under test either). */
function evaluate(text: string): boolean {
  let s = text.replace(/\s+/g, "").replace(/true/g, "1").replace(/false/g, "0");
  for (let before = ""; before !== s; ) {
    before = s;
    s = s.replace(/!([01])/g, (_, v) => (v === "1" ? "0" : "1")).replace(/\(([01])\)/g, "$1");
    if (s !== before) continue;
    s = s.replace(/([01])&&([01])/, (_, a, b) => (a === "1" && b === "1" ? "1" : "0"));
    if (s !== before) continue;
    s = s.replace(/(^|[(|])([01])\|\|([01])(?=$|[)|])/, (_, lead, a, b) => lead + (a === "1" || b === "1" ? "1" : "0"));
  }
  if (s !== "0" && s !== "1") throw new Error(`reference evaluator stuck on ${s}`);
  return s === "1";
}
