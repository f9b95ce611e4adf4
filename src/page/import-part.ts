// How the drop-in fetches a part that lives beside it (dist/consentry.<name>.mjs). A part that cannot load (often
// consentry.js copied alone into /static) is an error that names the file and both fixes (issue 10).
// consentry.all.js builds with ./import-part-all.ts in this module's place: every part inside, nothing fetched.
export const importPart = (url: string) =>
  import(/* @vite-ignore */ url).catch(() => {
    throw Error(`${url} did not load: serve it beside consentry.js, or use consentry.all.js`);
  });
