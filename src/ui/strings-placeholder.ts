// English for the gated iframe placeholder (issue 13): drawn by the gate on any visit, before and without the banner,
// so it travels with the entries that draw it rather than with either layer. {name} is the embed, {categories} what
// it needs.
export default {
  blocked: "{name} is blocked until you allow {categories}.",
  allow: "Allow {categories}",
};
