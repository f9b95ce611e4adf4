// The PostHog loader's state machine with a fake PostHog: init once opted out, opt in on grant, opt out + reset +
// sweep on withdrawal, and decisions that arrive while PostHog is still loading (P-02..P-05).
import { describe, expect, it, vi } from "vitest";
import type { PageWindow } from "../../src/core/storage";
import { posthogConfigDefaults, posthogLoader, type PostHogLike } from "../../src/entries/posthog";
import { parseConfig } from "../../src/integrations";
import { isPosthogKey } from "../../src/integrations/posthog";

/** Like a real Storage: keys are the object's own enumerable properties, methods are not. */
function fakeStorage(entries: Record<string, string>): Storage {
  const storage = { ...entries } as Record<string, string>;
  const hidden = (value: unknown) => ({ value, enumerable: false });
  Object.defineProperties(storage, {
    length: { get: () => Object.keys(storage).length, enumerable: false },
    key: hidden((i: number) => Object.keys(storage)[i] ?? null),
    removeItem: hidden((key: string) => void delete storage[key]),
  });
  return storage as unknown as Storage;
}

function fakePosthog(log: string[], loaded = false, config: Record<string, unknown> = {}): PostHogLike {
  const instance: PostHogLike = {
    __loaded: loaded,
    config,
    init(token, options) {
      log.push(`init ${token} ${JSON.stringify(options)}`);
      instance.__loaded = true;
      return instance;
    },
    opt_in_capturing: () => void log.push("opt_in"),
    opt_out_capturing: () => void log.push("opt_out"),
    reset: () => void log.push("reset"),
    stopSessionRecording: () => void log.push("stop recording"),
    set_config: (settings) => void log.push(`flags ${settings.advanced_disable_flags ? "off" : "on"}`),
  };
  return instance;
}

function fakeWindow(): PageWindow {
  return {
    localStorage: fakeStorage({ ph_T_posthog: "1", __ph_opt_in_out_T: "1", other: "kept" }),
    sessionStorage: fakeStorage({ ph_T_window_id: "1" }),
    location: { hostname: "localhost", pathname: "/", protocol: "http:" },
  } as unknown as PageWindow;
}

describe("posthogLoader (REQUIREMENTS 4)", () => {
  it("on grant: init opted out without persistence, user options after the defaults, then opt in (P-03)", async () => {
    const log: string[] = [];
    const loader = posthogLoader({
      apiKey: "phc_T",
      apiHost: "https://eu.i.posthog.com",
      instance: fakePosthog(log),
      window: fakeWindow(),
      options: { person_profiles: "identified_only" },
    });
    expect(loader).toMatchObject({ id: "posthog", category: "analytics" });
    expect(log).toEqual([]);
    await loader.load();
    expect(log).toHaveLength(3);
    const init = JSON.parse(log[0]!.replace("init phc_T ", ""));
    expect(init).toEqual({
      api_host: "https://eu.i.posthog.com",
      persistence: "localStorage+cookie",
      opt_out_capturing_by_default: true,
      opt_out_persistence_by_default: true,
      person_profiles: "identified_only",
    });
    expect(log.slice(1)).toEqual(["flags on", "opt_in"]);
  });

  it("on withdrawal: flags off, opt out, stop recording, reset, and sweep ph_ keys from both storages (P-04)", async () => {
    const log: string[] = [];
    const win = fakeWindow();
    const loader = posthogLoader({ apiKey: "T", instance: fakePosthog(log), window: win });
    await loader.load();
    log.length = 0;
    await loader.unload!();
    // Flags off first: `reset()` reloads feature flags, which would be a request after withdrawal (L-11).
    expect(log).toEqual(["flags off", "opt_out", "stop recording", "reset"]);
    expect(win.localStorage.length).toBe(1);
    expect(win.localStorage.key(0)).toBe("other");
    expect(win.sessionStorage.length).toBe(0);
  });

  it("a re-grant on the same page opts in again without a second init (P-03)", async () => {
    const log: string[] = [];
    const loader = posthogLoader({ apiKey: "T", instance: fakePosthog(log), window: fakeWindow() });
    await loader.load();
    await loader.unload!();
    await loader.load();
    expect(log.filter((line) => line.startsWith("init"))).toHaveLength(1);
    expect(log.at(-1)).toBe("opt_in");
  });

  it("a withdrawal that arrives while PostHog is still loading wins: it ends opted out and swept", async () => {
    const log: string[] = [];
    const win = fakeWindow();
    const loader = posthogLoader({ apiKey: "T", instance: fakePosthog(log), window: win });
    const loading = loader.load();
    await loader.unload!();
    await loading;
    expect(log.slice(-3)).toEqual(["opt_out", "stop recording", "reset"]);
    expect(log).not.toContain("opt_in");
    expect(win.sessionStorage.length).toBe(0);
  });

  it("an app that ran posthog.init itself is not initialised again; without the P-02 defaults it is warned", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const log: string[] = [];
    await posthogLoader({ apiKey: "T", instance: fakePosthog(log, true, posthogConfigDefaults()), window: fakeWindow() }).load();
    expect(warn).not.toHaveBeenCalled();
    await posthogLoader({ apiKey: "T", instance: fakePosthog(log, true, {}), window: fakeWindow() }).load();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(log.filter((line) => !line.startsWith("flags"))).toEqual(["opt_in", "opt_in"]);
    warn.mockRestore();
  });

  it("posthogConfigDefaults() is what P-02 asks for", () => {
    expect(posthogConfigDefaults()).toEqual({ opt_out_capturing_by_default: true, opt_out_persistence_by_default: true });
  });

  it.each([
    ["ph_phc_T_posthog", true],
    ["__ph_opt_in_out_phc_T", true],
    ["ph_phc_T_window_id", true],
    ["seenSurvey_abc", true],
    ["lastSeenSurveyDate", true],
    ["graph_settings", false],
    ["consent", false],
    ["_ph", false],
  ])("isPosthogKey(%s) is %s", (name, expected) => {
    expect(isPosthogKey(name)).toBe(expected);
  });
});

describe("PostHog options from the config (P-03)", () => {
  it("P-03: an option left undefined in the config (an unset variable) is dropped, so it cannot lift the opt-out defaults", async () => {
    const options = parseConfig({ posthog: { apiKey: "phc_T", options: { opt_out_capturing_by_default: undefined, debug: true } } })
      .posthog!.options;
    expect(Object.keys(options)).toEqual(["debug"]);
    let given: Record<string, unknown> = {};
    const instance = fakePosthog([]);
    instance.init = (_token, settings) => ((given = settings as Record<string, unknown>), (instance.__loaded = true), instance);
    await posthogLoader({ apiKey: "phc_T", instance, window: fakeWindow(), options }).load();
    expect(given).toMatchObject({ opt_out_capturing_by_default: true, opt_out_persistence_by_default: true, debug: true });
  });
});
