// How the drop-in fetches a part that lives beside it (dist/consentry.<name>.mjs).
// consentry.all.js builds with ./import-part-all.ts in this module's place: every part inside, nothing fetched.
export const importPart = (url: string) => import(/* @vite-ignore */ url);
