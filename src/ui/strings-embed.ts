// English for a catalog service's embed placeholder (issue 26 item 3): drawn by the services part only, so its words
// travel there and not in the drop-in. {name} is the embed's title, {service} the vendor that hosts it.
export default {
  embedBlocked: "{name} is hosted by {service}, which may set cookies and learn that you visited this page.",
  embedOnce: "Load once",
  embedAlways: "Always allow {service}",
};
