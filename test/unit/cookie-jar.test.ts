// The cookie jar at its edges (S-02, S-04, S-07): what a page's `document.cookie` can hold, what each write tells the
// browser, and erasing on a page that refuses cookie writes. Pages here are plain objects, as a browser presents them.
import { describe, expect, it } from "vitest";
import { cookieNames, domainVariants, eraseCookie, pathVariants, readCookie, readDocumentCookie, writeCookie } from "../../src/core/cookie-jar";

/** A page whose `document.cookie` reads `jar`, and records what it is told to keep. */
function page(jar = "") {
  const written: string[] = [];
  return {
    written,
    doc: {
      get cookie() {
        return jar;
      },
      set cookie(text: string) {
        written.push(text);
      },
    },
  };
}

describe("reading the page's cookies (S-04, S-07)", () => {
  it("S-04: a document whose cookie access throws reads as no cookies at all, as does no document", () => {
    const opaque = {
      get cookie(): string {
        throw new DOMException("opaque origin", "SecurityError");
      },
    };
    expect(readDocumentCookie(opaque)).toBe("");
    expect(cookieNames(opaque)).toEqual([]);
    expect(readCookie("consent", opaque)).toBeUndefined();
    // An object that is not a document has no cookies; the node layer has no document: nothing to read, nothing thrown.
    expect(cookieNames({} as Pick<Document, "cookie">)).toEqual([]);
    expect(readDocumentCookie()).toBe("");
    expect(cookieNames()).toEqual([]);
  });

  it("S-07: an empty jar has no cookies; a cookie without a value is listed by its name and reads as empty", () => {
    expect(cookieNames(page("").doc)).toEqual([]);
    const { doc } = page("flag; _ga=GA1.1; =orphan");
    expect(cookieNames(doc)).toEqual(["flag", "_ga"]);
    expect(readCookie("flag", doc)).toBe("");
    expect(readCookie("_ga", doc)).toBe("GA1.1");
  });

  it("S-07: each cookie is read by its own name, with the white space around its value dropped", () => {
    const { doc } = page("a=1 ; consent=%7B%7D ;b= two");
    expect(readCookie("consent", doc)).toBe("{}");
    expect(readCookie("a", doc)).toBe("1");
    expect(readCookie("b", doc)).toBe("two");
    expect(readCookie("c", doc)).toBeUndefined();
  });

  it("S-07: a value holding `=` signs (base64, a nested key=value) is read whole, and a name-only cookie reads as empty", () => {
    const { doc } = page("token=YWJj==; pair=k=v; flag; =orphan");
    expect(readCookie("token", doc)).toBe("YWJj==");
    expect(readCookie("pair", doc)).toBe("k=v");
    expect(readCookie("flag", doc)).toBe("");
    expect(cookieNames(doc)).toEqual(["token", "pair", "flag"]);
  });

  it("S-07: a value that is not valid percent-encoding is read as it stands, never thrown", () => {
    const { doc } = page("legacy=100%; consent=%E0%A4%A");
    expect(readCookie("legacy", doc)).toBe("100%");
    expect(readCookie("consent", doc)).toBe("%E0%A4%A");
  });
});

describe("what a write tells the browser (S-02)", () => {
  it("S-02: with no attributes a cookie is a session cookie on Path=/, with no SameSite, Domain or Secure of its own", () => {
    const { doc, written } = page();
    writeCookie("consent", "{}", {}, doc);
    expect(written).toEqual(["consent=%7B%7D; Path=/"]);
  });

  it("S-02: a lifetime of 0 or less expires the cookie at once, in the past too", () => {
    const { doc, written } = page();
    writeCookie("_ga", "", { days: -3 }, doc);
    writeCookie("_ga", "", { days: 0.5 }, doc);
    expect(written).toEqual([`_ga=; Path=/; Max-Age=0; Expires=${new Date(0).toUTCString()}`, "_ga=; Path=/; Max-Age=43200"]);
  });
});

describe("cookie variants (S-07)", () => {
  it("S-07: a host name that starts or ends with digits is still a host name, with its parent domains", () => {
    expect(domainVariants("1.example.com")).toEqual(["1.example.com", "example.com"]);
    expect(domainVariants("www.corp1")).toEqual(["www.corp1"]);
    expect(domainVariants("a.intranet.corp1")).toEqual(["a.intranet.corp1", "intranet.corp1"]);
    expect(domainVariants("[::1]")).toEqual([]);
  });

  it("S-07: the site root alone has one path to try, and no extras unless declared", () => {
    expect(pathVariants("/")).toEqual(["/"]);
    expect(pathVariants("/shop")).toEqual(["/", "/shop", "/shop/"]);
  });

  it("S-07: erasing on https://www.example.com/shop expires the cookie host-only and on each parent domain, on every path", () => {
    const { doc, written } = page("");
    expect(eraseCookie("_ga", { hostname: "www.example.com", pathname: "/shop", protocol: "https:" }, undefined, doc)).toBe(true);
    const targets = written.map((text) => text.replace(/; Max-Age=0; Expires=[^;]+/, ""));
    expect(targets).toEqual([
      "_ga=; Path=/",
      "_ga=; Path=/; Domain=www.example.com",
      "_ga=; Path=/; Domain=example.com",
      "_ga=; Path=/shop",
      "_ga=; Path=/shop; Domain=www.example.com",
      "_ga=; Path=/shop; Domain=example.com",
      "_ga=; Path=/shop/",
      "_ga=; Path=/shop/; Domain=www.example.com",
      "_ga=; Path=/shop/; Domain=example.com",
    ]);
  });

  it("S-07: on a page that refuses cookie writes, erasing reports the cookie as not gone instead of throwing", () => {
    const doc = {
      get cookie() {
        return "_ga=1";
      },
      set cookie(_text: string) {
        throw new DOMException("blocked", "SecurityError");
      },
    };
    expect(eraseCookie("_ga", { hostname: "example.com", pathname: "/", protocol: "https:" }, [], doc)).toBe(false);
  });

  it("S-04, S-07: on an opaque origin, where cookies can be neither read nor written, nothing is reported as erased", () => {
    const opaque = {
      get cookie(): string {
        throw new DOMException("opaque origin", "SecurityError");
      },
      set cookie(_text: string) {
        throw new DOMException("opaque origin", "SecurityError");
      },
    };
    expect(eraseCookie("_ga", { hostname: "example.com", pathname: "/", protocol: "https:" }, [], opaque)).toBe(false);
  });
});
