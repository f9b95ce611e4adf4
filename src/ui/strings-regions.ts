// English for regions (issue 29): the "Do Not Sell or Share" link's text and the status it and the dialog show once an
// opt-out request, or a Global Privacy Control signal, is honoured (11 CCR §7025(c)(6) wants that status visible).
export default {
  optOutLink: "Do Not Sell or Share My Personal Information",
  optOutHonored: "Opt-out request honored",
};
