// What the audit's reports say in words, read as a site owner reads them: durations in the cookie lists, and how the
// browser that ran the audit was sandboxed (issue 30 items 8 and 9). Pure: no browser.
import { describe, expect, it } from "vitest";
import { describeExpiry } from "../../src/node/audit/duration";

const NOW = Date.UTC(2026, 0, 1);
/** A cookie expiry (seconds since the epoch, as Chromium reports it) `ms` from now. */
const expiresIn = (ms: number) => (NOW + ms) / 1000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("durations in the audit's reports (issue 30 item 8)", () => {
  it('says "1 hour", not "1 hours", and plurals from two on', () => {
    expect(describeExpiry(expiresIn(HOUR), NOW)).toBe("1 hour");
    expect(describeExpiry(expiresIn(10 * 60_000), NOW)).toBe("1 hour");
    expect(describeExpiry(expiresIn(2 * HOUR), NOW)).toBe("2 hours");
    expect(describeExpiry(expiresIn(DAY), NOW)).toBe("1 day");
    expect(describeExpiry(expiresIn(30 * DAY), NOW)).toBe("30 days");
    expect(describeExpiry(expiresIn(90 * DAY), NOW)).toBe("3 months");
    expect(describeExpiry(expiresIn(365 * DAY), NOW)).toBe("1 year");
    expect(describeExpiry(expiresIn(730 * DAY), NOW)).toBe("2 years");
    expect(describeExpiry(-1, NOW)).toBe("Session");
  });
});
