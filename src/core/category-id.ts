/** What a category id looks like, in config and in a stored record alike (short, lowercase first, no spaces). */
export const CATEGORY_ID = /^[a-z][\w-]{0,31}$/;
